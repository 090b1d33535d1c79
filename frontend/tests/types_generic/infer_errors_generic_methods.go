// Generic methods (Go 1.27): type arguments that fail their bounds,
// including bounds that mention the receiver's type parameters.
package main

type Conv struct{ scale int }

func (c Conv) Apply[T ~int | ~float64](x T) T { return x * T(c.scale) }

type List[T any] struct{ items []T }

func (l List[T]) Find[P interface{ *T }](p P) bool { return p != nil }

func (l List[T]) Zip[U any](o List[U]) List[struct {
	a T
	b U
}] {
	return List[struct {
		a T
		b U
	}]{}
}

func main() {
	c := Conv{2}
	_ = c.Apply("s")
	_ = c.Apply[string]
	var l List[int]
	s := "x"
	_ = l.Find(&s)
	_ = l.Find[*string]
	z := l.Zip(List[string]{})
	_ = z.items[0].b + 1
	_ = l.Zip[int, int]
}
