// Methods with their own type parameters (Go 1.27): explicit and inferred instantiation, on generic and plain receivers.
package main

import (
	"fmt"
	"strconv"
)

type List[T any] struct{ items []T }

func (l List[T]) Map[U any](f func(T) U) List[U] {
	out := List[U]{}
	for _, x := range l.items {
		out.items = append(out.items, f(x))
	}
	return out
}

func (l *List[T]) Push(v T) { l.items = append(l.items, v) }

type Conv struct{ base int }

func (c Conv) Format[T ~int | ~int64](v T) string { return strconv.FormatInt(int64(v), c.base) }

func (c Conv) Pair[A, B any](a A, b B) string { return fmt.Sprint(a, "/", b) }

func main() {
	var l List[int]
	l.Push(1)
	l.Push(20)
	s := l.Map(func(i int) string { return strconv.Itoa(i * 2) })
	fmt.Printf("%q %T\n", s.items, s)
	f := l.Map[float64]
	fmt.Println(f(func(i int) float64 { return float64(i) / 8 }).items)
	c := Conv{16}
	fmt.Println(c.Format(255), c.Format[int64](4096), Conv{2}.Format(5))
	fmt.Println(c.Pair("x", 1.5), c.Pair[int, bool](1, true))
}
