// Proves the math package's integer and float limit constants and their printed values.
package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(math.MaxInt8, math.MinInt8, math.MaxUint8)
	fmt.Println(math.MaxInt16, math.MinInt16, math.MaxUint16)
	fmt.Println(math.MaxInt32, math.MinInt32, uint32(math.MaxUint32))
	fmt.Println(math.MaxInt64, math.MinInt64, uint64(math.MaxUint64))
	fmt.Println(math.MaxInt, math.MinInt, uint(math.MaxUint))
	fmt.Println(math.MaxFloat32, math.SmallestNonzeroFloat32)
	fmt.Println(math.MaxFloat64, math.SmallestNonzeroFloat64)
	fmt.Println(float32(math.MaxFloat32), math.Pi, float32(math.Pi))
	fmt.Println(math.Inf(1), math.Inf(-1))
}
