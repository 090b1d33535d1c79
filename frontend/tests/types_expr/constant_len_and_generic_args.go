package main

func f() []int { return nil }

type T struct{ fn func() int }

type PP struct{ *T }

func Apply[T any](f func(T) T, x T) T { return f(x) }

func Double[T ~int](x T) T { return x * 2 }

func Conv[A, B any](a A, f func(A) B) B { return f(a) }

func Str(i int) string { return "" }

func main() {
	const c = len(f())
	const d = "abc"[1]
	var a [3]int
	const e = len(a)
	const g = cap(&a)
	var t T
	_ = t.fn()
	var pp PP
	_ = pp.fn
	_ = Apply(Double[int], 2)
	_ = Apply(Double, 2)
	_ = Conv(1, Str)
	const h float32 = 1e39
	_ = complex64(1e39)
	const i = iota
	_ = i
}
