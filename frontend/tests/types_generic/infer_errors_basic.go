// Basic failures: uninferable type parameters, unsatisfied constraints,
// wrong type argument counts, generics used without instantiation.
package main

type Number interface{ ~int | ~float64 }

func f[T any]() {}
func g[P, Q any](p P) Q { var q Q; return q }
func h[T comparable](x T) {}
func k[T Number](x T) {}
func s[T interface{ ~string }](x T) {}

type List[K comparable, V any] struct{}

func main() {
	f()
	_ = g[int]
	g(1)
	h([]int{})
	k("a")
	s(1)
	var _ List[int]
	var _ func(int) string = g
	var x = f
	_ = x
	_ = List
}
