// Methods with type parameters used inside generic code, on pointer receivers, through embedding, and calling each other.
package main

import "fmt"

type Box[T any] struct{ v T }

func (b *Box[T]) Set(v T) { b.v = v }

func (b Box[T]) Apply[U any](f func(T) U) Box[U] { return Box[U]{f(b.v)} }

func (b *Box[T]) Swap[U any](u U) (T, U) { return b.v, u }

func (b Box[T]) Twice[U any](f func(T) U) [2]U {
	first := b.Apply(f)
	second := b.Apply[U](f)
	return [2]U{first.v, second.v}
}

type Named struct {
	Box[string]
	Name string
}

func Lift[T, U any](xs []T, f func(T) U) []Box[U] {
	var out []Box[U]
	for _, x := range xs {
		out = append(out, Box[T]{x}.Apply(f))
	}
	return out
}

func main() {
	b := &Box[int]{}
	b.Set(21)
	fmt.Println(b.Apply(func(i int) float64 { return float64(i) * 2.5 }))
	fmt.Println(b.Swap("x"))
	fmt.Println(b.Twice(func(i int) string { return fmt.Sprint("<", i, ">") }))
	n := Named{Box[string]{"hi"}, "n"}
	fmt.Println(n.Apply(func(s string) int { return len(s) }).v, n.Name)
	fmt.Println(Lift([]string{"a", "bb"}, func(s string) bool { return len(s) > 1 }))
	fmt.Printf("%T\n", b.Apply(func(int) []byte { return nil }))
}
