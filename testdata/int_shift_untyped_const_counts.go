// An untyped constant shift count is a uint whatever its kind: a float or
// complex constant with an integer value shifts by that value, and a count
// as large as MaxUint shifts every bit out instead of being negative.
package main

import (
	"fmt"
	"math"
)

const huge = math.MaxUint

func main() {
	x, u := 3, uint8(0x81)
	fmt.Println(x<<2., x<<(2+0i), x<<0i, x>>1.)
	fmt.Println(u<<1., u>>(7+0i))
	fmt.Println(x<<huge, x>>huge, -x>>huge, u<<(huge+0.))
	y := 5
	y <<= 3.
	y >>= (1 + 0i)
	fmt.Println(y)
	v := int64(-9)
	v >>= huge
	fmt.Println(v)
}
