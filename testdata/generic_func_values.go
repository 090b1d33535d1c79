// Proves generic function values: explicit instantiation as a value, instances passed to other functions, method values and method expressions of generic types.
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

func Double[T ~int | ~float64](x T) T { return x * 2 }

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T)  { s.items = append(s.items, v) }
func (s Stack[T]) Peek() T     { return s.items[len(s.items)-1] }
func (s *Stack[T]) Size() int { return len(s.items) }

func apply[T any](f func(T) T, x T) T { return f(x) }

func main() {
	m := Map[int, string]
	fmt.Println(m([]int{1, 2, 3}, strconv.Itoa))
	fmt.Printf("%T\n", m)

	d := Double[float64]
	fmt.Println(d(1.25), apply(Double[int], 21), apply(d, 0.5))

	fs := []func(int) int{Double[int], func(x int) int { return x + 1 }}
	for _, f := range fs {
		fmt.Print(f(10), " ")
	}
	fmt.Println()

	var s Stack[string]
	push := s.Push
	push("a")
	push("b")
	peek := s.Peek
	fmt.Println(s.Size(), peek(), s.Peek())

	pushExpr := (*Stack[string]).Push
	pushExpr(&s, "c")
	peekExpr := Stack[string].Peek
	fmt.Println(peekExpr(s), (*Stack[string]).Size(&s))
	fmt.Println(Map([]string{"x", "yy"}, func(s string) int { return len(s) }))
}
