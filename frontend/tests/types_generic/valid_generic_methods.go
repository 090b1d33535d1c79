// Generic methods (Go 1.27): methods with their own type parameters, on
// plain and generic types, whose bounds may mention the receiver's.
package main

type Conv struct{ scale int }

func (c Conv) Apply[T ~int | ~float64](x T) T { return x * T(c.scale) }

type List[T any] struct{ items []T }

func (l *List[T]) Push(x T) { l.items = append(l.items, x) }

func (l List[T]) Map[U any](f func(T) U) List[U] {
	var r List[U]
	for _, x := range l.items {
		r.Push(f(x))
	}
	return r
}

func (l List[T]) Find[P interface{ *T }](p P) bool { return p != nil }

type Num int

func main() {
	c := Conv{2}
	_ = c.Apply(3) + 1
	_ = c.Apply(1.5) + 0.5
	_ = c.Apply[Num](4)
	var l List[int]
	l.Push(1)
	s := l.Map(func(x int) string { return "s" })
	_ = s.items[0] + "x"
	ls := List[string].Map[bool]
	_ = ls
	x := 3
	_ = l.Find(&x)
}
