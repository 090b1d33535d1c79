// Inference failures involving constraints: core types, methods, and
// type sets without a core type.
package main

type Stringer interface{ String() string }

type Num interface{ ~int | ~float64 }

func Len[S ~[]E | ~string, E any](s S) int { return len(s) }

func Keys[M ~map[K]V, K comparable, V any](m M) []K { return nil }

func Str[T Stringer](x T) string { return x.String() }

func Deref[P interface{ *E }, E any](p P) E { return *p }

func Sum[T Num](xs ...T) T { var s T; return s }

func Both[T Stringer, U Num](t T, u U) {}

type S struct{}

func (*S) String() string { return "" }

func main() {
	_ = Len([]byte("x"))
	_ = Keys([]int{1})
	_ = Str(1)
	_ = Str(S{})
	_ = Deref(1)
	_ = Sum("a", "b")
	_ = Sum(1, 2.5, "x")
	Both(&S{}, "x")
	var m map[string]int
	_ = Keys[map[string]int, int](m)
}
