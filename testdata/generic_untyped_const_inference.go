// Inference with untyped constants: the default type of the "largest" kind wins (Go 1.21), mixed with typed arguments.
package main

import "fmt"

func Pair[T any](a, b T) []T { return []T{a, b} }

func Sum[T int | float64 | complex128](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

type Meters float64

func main() {
	fmt.Printf("%T %v\n", Pair(1, 2), Pair(1, 2))
	fmt.Printf("%T %v\n", Pair(1, 2.5), Pair(1, 2.5))
	fmt.Printf("%T %v\n", Pair('a', 1), Pair('a', 1))
	fmt.Printf("%T %v\n", Sum(1, 2.5, 3), Sum(1, 2.5, 3))
	fmt.Printf("%T %v\n", Sum(1, 2i), Sum(1, 2i))
	var m Meters = 2
	fmt.Printf("%T %v\n", Pair(m, 3), Pair(3, m))
}
