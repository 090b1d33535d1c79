// Methods of generic types with wrong receivers, wrong type argument
// counts for types and functions, F-bounded constraints.
package main

type L[T any] struct{ next *L[T] }

func (l *L[T]) M[U any](u U) {}

func (l L[T, U]) N() {}

func (l L) O() {}

type I[T any] interface {
	M(T) I[T]
}

func f[T I[T]](x T) {}

type impl struct{}

func (impl) M(impl) I[impl] { return nil }

func main() {
	f(impl{})
	var x L[int, int]
	_ = x
	f[int, int](1)
}
