// Proves nested and recursive instantiation: generic functions calling generic functions with type-parameter-dependent arguments, generic types containing generic types.
package main

import "fmt"

func Filter[T any](xs []T, keep func(T) bool) []T {
	var out []T
	for _, x := range xs {
		if keep(x) {
			out = append(out, x)
		}
	}
	return out
}

func Reverse[T any](xs []T) []T {
	out := make([]T, len(xs))
	for i, x := range xs {
		out[len(xs)-1-i] = x
	}
	return out
}

func Wrap[T any](x T) []T { return []T{x} }

// Chunks calls generic functions with []T as the type argument.
func Chunks[T any](xs []T, n int) [][]T {
	var out [][]T
	for len(xs) > 0 {
		k := min(n, len(xs))
		out = append(out, Reverse(Reverse(xs[:k])))
		xs = xs[k:]
	}
	return Reverse(Reverse[[]T](out))
}

func Nest3[T any](x T) string {
	return Name(Wrap(Wrap(Wrap(x))))
}

func Name[T any](x T) string { return fmt.Sprintf("%T %v", x, x) }

type Tree[T any] struct {
	Left, Right *Tree[T]
	Val         T
}

func (t *Tree[T]) Insert(v T, less func(a, b T) bool) *Tree[T] {
	if t == nil {
		return &Tree[T]{Val: v}
	}
	if less(v, t.Val) {
		t.Left = t.Left.Insert(v, less)
	} else {
		t.Right = t.Right.Insert(v, less)
	}
	return t
}

func (t *Tree[T]) Walk(f func(T)) {
	if t == nil {
		return
	}
	t.Left.Walk(f)
	f(t.Val)
	t.Right.Walk(f)
}

type Pair[A, B any] struct {
	First  A
	Second B
}

func Zip[A, B any](as []A, bs []B) []Pair[A, B] {
	var out []Pair[A, B]
	for i := range min(len(as), len(bs)) {
		out = append(out, Pair[A, B]{as[i], bs[i]})
	}
	return out
}

func Swap[A, B any](p Pair[A, B]) Pair[B, A] { return Pair[B, A]{p.Second, p.First} }

func main() {
	evens := Filter([]int{1, 2, 3, 4, 5, 6}, func(x int) bool { return x%2 == 0 })
	fmt.Println(evens, Reverse(evens))
	fmt.Println(Chunks([]string{"a", "b", "c", "d", "e"}, 2))
	fmt.Println(Nest3(1), Nest3("s"))

	var root *Tree[string]
	for _, w := range []string{"m", "c", "x", "a", "e"} {
		root = root.Insert(w, func(a, b string) bool { return a < b })
	}
	root.Walk(func(s string) { fmt.Print(s, " ") })
	fmt.Println()

	z := Zip([]int{1, 2, 3}, []string{"one", "two"})
	fmt.Printf("%v %T\n", z, z)
	fmt.Printf("%+v\n", Swap(z[0]))
	pp := Pair[Pair[int, string], []Pair[bool, float64]]{z[1], nil}
	fmt.Printf("%T\n", pp)
}
