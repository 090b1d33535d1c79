// Proves IEEE-754 special values: +Inf, -Inf, NaN comparisons, negative zero, float division by zero.
package main

import (
	"fmt"
	"math"
)

func main() {
	zero := 0.0
	pinf := 1 / zero
	ninf := -1 / zero
	nan := zero / zero
	fmt.Println(pinf, ninf, nan)
	fmt.Println(nan == nan, nan != nan, nan < 1, nan > 1, math.IsNaN(nan))
	fmt.Println(pinf > math.MaxFloat64, ninf < -math.MaxFloat64, pinf == math.Inf(1))
	fmt.Println(pinf-pinf, pinf*0, pinf+1, -pinf)
	negz := math.Copysign(0, -1)
	fmt.Println(negz, negz == 0, math.Signbit(negz), 1/negz)
	fmt.Printf("%v %.1f %g %e\n", negz, negz, negz, negz)
	var f32 float32 = 3.4e38
	f32 *= 10
	fmt.Println(f32, math.IsInf(float64(f32), 1))
	fmt.Println(math.MaxFloat64*2 > 0, math.SmallestNonzeroFloat64/2)
	fmt.Println(math.NaN() == math.NaN(), math.Inf(-1))
	fmt.Println(math.Max(3, nan), math.Min(-0.0, 0), math.Abs(ninf))
}
