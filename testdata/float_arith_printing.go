// Proves float64 arithmetic results and Println's shortest round-trip formatting (%v) of floats.
package main

import (
	"fmt"
	"math"
)

func main() {
	vals := []float64{0, 1, -1, 0.1, 1.0 / 3, 2.0 / 3, 100, 1e20, 1e21, 1e-4, 1e-5, 123456789, 1.5e300, 5e-324, math.Pi, math.E}
	for _, v := range vals {
		fmt.Println(v, -v, v*2)
	}
	fmt.Println(7.0/2, 7.5-0.5, 3*1.1, math.Mod(7.5, 2), math.Remainder(7.5, 2))
	fmt.Println(math.Floor(-2.5), math.Ceil(-2.5), math.Trunc(-2.5), math.Round(-2.5), math.RoundToEven(2.5))
	fmt.Println(math.Sqrt(2), math.Pow(2, 10), math.Pow(2, 0.5), math.Exp(1), math.Log(math.E))
	fmt.Println(math.Hypot(3, 4), math.Cbrt(27), math.Float64bits(1.0), math.Float32bits(1.0))
	var x float64 = 1
	x /= 3
	x *= 3
	fmt.Println(x, x == 1)
}
