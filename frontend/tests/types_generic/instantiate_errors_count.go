// Wrong numbers of type arguments, and type arguments that do not
// satisfy constraints in type expressions.
package main

type List[K comparable, V any] struct{}

type Set[T comparable] map[T]bool

type Vec[T any] = []T

type Num interface{ ~int | ~float64 }

type Box[T Num] struct{ v T }

type Empty interface {
	int
	string
}

type Never[T Empty] struct{}

func F[A, B any]() {}

func G[T comparable](x T) {}

func H[T any](x T) { G(x) }

var _ List[int, string, bool]
var _ Set[[]int]
var _ Vec[int, string]
var _ Box[string]
var _ Box[Set[int]]
var _ Never[int]

func main() {
	F[int, string, bool]()
	_ = Set[func()]{}
}
