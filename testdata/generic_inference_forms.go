// Type inference from arguments, from function-typed arguments, partial instantiation and untyped constants.
package main

import (
	"fmt"
	"strconv"
)

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Convert[To, From any](f From, conv func(From) To) To { return conv(f) }

func First[S ~[]E, E any](s S) E { return s[0] }

func Zero[T any]() T {
	var z T
	return z
}

func Pick[T any](a, b T, first bool) T {
	if first {
		return a
	}
	return b
}

type IDs []int

func main() {
	strs := Map([]int{1, 2, 3}, strconv.Itoa)
	fmt.Printf("%q\n", strs)
	lens := Map(strs, func(s string) int { return len(s) + 10 })
	fmt.Println(lens)
	fmt.Println(Convert[string](3.5, func(f float64) string { return fmt.Sprint(f * 2) }))
	fmt.Println(First(IDs{9, 8}), First([]string{"x"}))
	fmt.Printf("%T %v %q\n", Zero[float32](), Zero[*int]() == nil, Zero[string]())
	fmt.Printf("%T %T\n", Pick(1, 2.5, true), Pick('a', 1, false))
	var f func(int, int, bool) int = Pick
	fmt.Println(f(1, 2, false))
}
