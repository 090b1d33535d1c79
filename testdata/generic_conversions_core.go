// Conversions between type parameters with numeric core types: truncation, float to int, int to string via rune, per instantiation.
package main

import "fmt"

type Num interface {
	~int8 | ~int32 | ~uint16 | ~float32 | ~float64
}

func Conv[To, From Num](x From) To { return To(x) }

func Scale[T Num](xs []T, f float64) []T {
	out := make([]T, len(xs))
	for i, x := range xs {
		out[i] = T(float64(x) * f)
	}
	return out
}

type Small int8

func Runes[T ~int32](xs ...T) string { return string([]rune(func() []rune { r := make([]rune, len(xs)); for i, x := range xs { r[i] = rune(x) }; return r }())) }

func main() {
	fmt.Println(Conv[int8](float64(100.7)), Conv[uint16](int32(-1)), Conv[float32](int8(-7)))
	fmt.Println(Conv[Small](float32(-3.9)), Conv[int32](float64(1e9)))
	fmt.Println(Scale([]int8{10, 100}, 1.5), Scale([]float32{1, 2}, 0.1), Scale([]uint16{65535}, 0.5))
	fmt.Println(Runes[int32]('h', 'é', 0x4e16))
	var x int32 = 200
	fmt.Println(Conv[int8](x), Conv[uint16](Conv[int8](x)))
}
