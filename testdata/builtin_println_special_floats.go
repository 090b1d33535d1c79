// Proves println's float format for special values: +Inf, -Inf, NaN, negative zero, tiny and huge numbers.
package main

import "math"

func main() {
	zero := 0.0
	println(1/zero, -1/zero, zero/zero)
	println(math.Copysign(0, -1), math.SmallestNonzeroFloat64, math.MaxFloat64)
	println(100.0, 0.1, 123456789.0)
	var i8 int8 = -128
	println(i8, math.MinInt64, math.MaxInt64)
}
