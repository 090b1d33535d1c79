package main

type Ints interface{ ~int | ~int64 }

func Len[S ~[]E, E any](s S) int { return len(s) }

func First[S ~[]E, E any](s S) E { return s[0] }

func Slice[T ~string | ~[]byte](x T) T { return x[1:] }

func Make[M ~map[K]V, K comparable, V any]() M { return make(M) }

func Eq[T comparable](a, b T) bool { return a == b }

func Less[T Ints](a, b T) bool { return a < b }

func Conv[T Ints](x T) int64 { return int64(x) }

func Zero[T any]() T {
	var z T
	return z
}

func Bad[T any](a, b T) bool { return a == b }

func Bad2[T any](x T) int { return len(x) }

func Bad3[T Ints](x T) string { return string(x) + x }

func main() {
	_ = Len([]int{1})
	_ = First([]string{"a"})
	_ = Slice("abc")
	_ = Make[map[string]int]()
	_ = Eq(1, 2)
	_ = Less(1, 2)
	_ = Conv(3)
	_ = Zero[int]()
}
