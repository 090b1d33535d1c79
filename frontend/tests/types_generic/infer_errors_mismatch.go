// Inference failures: conflicting arguments, untyped constants, reverse
// inference from an assignment, core types of constraints.
package main

func Max[T int | string](a, b T) T { return a }

func Two[T any](a, b T) {}

func Pairs[K comparable, V any](m map[K]V, k K) {}

func Slice[S ~[]E, E any](s S) E { var e E; return e }

func Ident[T any](x T) T { return x }

func Fn[P any](f func(P)) {}

type MyInt int

func main() {
	Max(1, "a")
	Two(1, "x")
	var i int
	var s string
	Two(i, s)
	Pairs(map[string]int{}, 1.5)
	Pairs(map[string]int{}, i)
	Slice(3)
	var f func(string) int = Ident
	_ = f
	Two(MyInt(1), 2.5)
	Two(1, 2.5)
	Fn(func(x int, y int) {})
}
