// Proves MinInt64 / -1 == MinInt64 and MinInt64 % -1 == 0 at run time (no CPU trap), for every signed width.
package main

import (
	"fmt"
	"math"
)

//go:noinline
func div64(a, b int64) (int64, int64) { return a / b, a % b }

//go:noinline
func div32(a, b int32) (int32, int32) { return a / b, a % b }

//go:noinline
func div16(a, b int16) (int16, int16) { return a / b, a % b }

//go:noinline
func div8(a, b int8) (int8, int8) { return a / b, a % b }

//go:noinline
func divInt(a, b int) (int, int) { return a / b, a % b }

func main() {
	fmt.Println(div64(math.MinInt64, -1))
	fmt.Println(div32(math.MinInt32, -1))
	fmt.Println(div16(math.MinInt16, -1))
	fmt.Println(div8(math.MinInt8, -1))
	fmt.Println(divInt(math.MinInt, -1))
	x := int64(math.MinInt64)
	m := int64(-1)
	x /= m
	fmt.Println("x /= -1:", x)
	y := int64(math.MinInt64)
	y %= m
	fmt.Println("y %= -1:", y)
	fmt.Println(div64(math.MinInt64, 1))
	fmt.Println(div64(math.MaxInt64, -1))
}
