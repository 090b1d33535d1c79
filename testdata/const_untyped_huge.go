// Proves untyped constants have arbitrary precision: huge intermediate values are fine if the final value fits.
package main

import (
	"fmt"
	"math"
)

const (
	Big   = 1 << 100
	Small = Big >> 99
	Huge  = 1e1000
	Ratio = Huge / 1e999
)

const third = 1.0 / 3

func main() {
	fmt.Println(Small, Ratio)
	fmt.Println(Big / (1 << 98))
	fmt.Println(float64(Big))
	fmt.Println(Big*Big/(Big*Big*2) == 0, Big%7)
	var i int64 = Big >> 40
	fmt.Println(i)
	fmt.Println(third*3 == 1, third)
	fmt.Println(uint64(math.MaxUint64), math.MaxUint64>>1)
	const x = math.MaxInt64 + 1 - 1
	fmt.Println(x)
	const f = 0.1 + 0.2
	fmt.Println(f == 0.3, 0.1+0.2 == 0.3)
	a, b := 0.1, 0.2
	fmt.Println(a+b == 0.3)
	const c = 'a' + 1.0
	fmt.Printf("%T %v\n", c, c)
	const d = 10 / 4
	const e = 10 / 4.0
	fmt.Println(d, e)
	fmt.Println(1<<62*4/8, 1e300*1e300/1e300 > 1e299)
}
