package main

import "unsafe"

type Float interface{ ~float32 | ~float64 }

func Cplx[F Float](a, b F) { _ = complex(a, b) }

func Size[T any](x T) { const s = unsafe.Sizeof(x) }

func Conv[T ~int | ~string](x T) float64 { return float64(x) }

func Conv2[T ~int | ~float64, U ~string](x T) U { return U(x) }

func Min[T ~int | ~float64](a, b T) T { return min(a, b) }

func Map2[A, B, C any](f func(A, B) C, a A, b B) C { return f(a, b) }

func Add[T ~int](a, b T) T { return a + b }

func Pair[K comparable, V any](k K, v V) {}

func Apply[T any](f func(T), x T) { f(x) }

func main() {
	_ = Map2(Add, 1, 2)
	Apply(Pair[string, int], "a")
	Apply(Pair[string], "a")
	var f func(int, int) int = Add
	_ = f
	var g func(string) = Pair[string, int]
	_ = g
}
