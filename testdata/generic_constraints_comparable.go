// Proves the comparable constraint and a user-defined ordered union constraint: generic Index and Max, inference from untyped constants.
package main

import "fmt"

type Ordered interface {
	~int | ~int64 | ~float64 | ~string
}

func Index[T comparable](xs []T, x T) int {
	for i, v := range xs {
		if v == x {
			return i
		}
	}
	return -1
}

func Max[T Ordered](xs ...T) T {
	m := xs[0]
	for _, x := range xs[1:] {
		if x > m {
			m = x
		}
	}
	return m
}

type Point struct{ X, Y int }

func main() {
	fmt.Println(Index([]string{"a", "b", "c"}, "c"), Index([]Point{{1, 2}, {3, 4}}, Point{3, 4}), Index([]int{}, 1))
	fmt.Println(Max(3, 9, 2), Max("pear", "apple"), Max(1.5, -2.0))
	fmt.Println(Max[float64](1, 2.5))
}
