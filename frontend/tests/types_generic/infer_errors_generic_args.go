// Generic functions as arguments and as values assigned to variables
// of function type: what can and cannot be inferred.
package main

func Map[T, U any](xs []T, f func(T) U) []U { return nil }

func Id[T any](x T) T { return x }

func Pair[A, B any](a A, b B) {}

func Gen[T any]() T { var z T; return z }

func main() {
	_ = Map([]int{}, Id)
	_ = Map(nil, Id[int])
	_ = Map([]int{}, Gen)
	Pair(Id, Gen)
	var f func(int) = Id
	var g func() string = Gen
	var h func(int) string = Id
	_, _, _ = f, g, h
	_ = Id(nil)
	_ = Id(Id)
}
