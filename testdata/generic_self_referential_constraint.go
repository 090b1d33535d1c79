// Self-referential constraints (T interface{ Less(T) bool }) and generic sorting with them.
package main

import (
	"fmt"
	"slices"
)

type Lesser[T any] interface {
	Less(T) bool
}

func SortL[T Lesser[T]](xs []T) {
	slices.SortFunc(xs, func(a, b T) int {
		if a.Less(b) {
			return -1
		}
		if b.Less(a) {
			return 1
		}
		return 0
	})
}

type Ver struct{ Major, Minor int }

func (v Ver) Less(o Ver) bool {
	if v.Major != o.Major {
		return v.Major < o.Major
	}
	return v.Minor < o.Minor
}

func MinL[T Lesser[T]](xs ...T) T {
	m := xs[0]
	for _, x := range xs[1:] {
		if x.Less(m) {
			m = x
		}
	}
	return m
}

func main() {
	vs := []Ver{{1, 2}, {0, 9}, {1, 0}, {0, 1}}
	SortL(vs)
	fmt.Println(vs)
	fmt.Println(MinL(Ver{3, 1}, Ver{2, 5}, Ver{2, 4}))
}
