// Generic functions: inference from arguments, partial instantiation,
// constraints with unions and ~, core types, untyped constants.
package main

type Number interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 | ~float32 | ~float64
}

type MyInt int

func Sum[T Number](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Map[T, U any](xs []T, f func(T) U) []U {
	r := make([]U, 0, len(xs))
	for _, x := range xs {
		r = append(r, f(x))
	}
	return r
}

func Filter[S ~[]E, E any](s S, keep func(E) bool) S {
	var r S
	for _, x := range s {
		if keep(x) {
			r = append(r, x)
		}
	}
	return r
}

func Keys[M ~map[K]V, K comparable, V any](m M) []K {
	r := make([]K, 0, len(m))
	for k := range m {
		r = append(r, k)
	}
	return r
}

func Max[T int | float64 | string](a, b T) T {
	if a > b {
		return a
	}
	return b
}

func Convert[To, From Number](x From) To { return To(x) }

func Ptr[T any](v T) *T { return &v }

func Apply[T any, PT interface{ *T; Set(int) }](n int) T {
	var v T
	PT(&v).Set(n)
	return v
}

type Counter struct{ n int }

func (c *Counter) Set(n int) { c.n = n }

type Stringer interface{ String() string }

type Name string

func (n Name) String() string { return string(n) }

func Join[T Stringer](xs []T) string {
	s := ""
	for _, x := range xs {
		s += x.String()
	}
	return s
}

func Equal[T comparable](a, b T) bool { return a == b }

func Reduce[T, A any](xs []T, init A, f func(A, T) A) A {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

func Recur[T any](n int, x T) T {
	if n == 0 {
		return x
	}
	return Recur(n-1, x)
}

type MySlice []int

func main() {
	_ = Sum([]int{1, 2, 3})
	_ = Sum([]MyInt{1, 2})
	_ = Sum([]float64{1.5})
	strs := Map([]int{1, 2}, func(i int) string { return "x" })
	_ = strs
	var ms MySlice = Filter(MySlice{1, 2, 3}, func(x int) bool { return x > 1 })
	_ = ms
	_ = Keys(map[string]int{"a": 1})
	_ = Max(1, 2)
	_ = Max(1.5, 2)
	_ = Max("a", "b")
	_ = Convert[float64](3)
	_ = Convert[int, float64](2.5)
	p := Ptr(42)
	*p = 1
	c := Apply[Counter](7)
	_ = c.n
	_ = Join([]Name{"a", "b"})
	_ = Equal(1, 2)
	_ = Equal("a", "b")
	var iface interface{} = 1
	_ = Equal(iface, iface)
	total := Reduce([]int{1, 2}, 0.0, func(a float64, x int) float64 { return a + float64(x) })
	_ = total
	_ = Recur(3, "s")
	var f func([]int) int = Sum[int]
	_ = f
	var g func(int, int) int = Max
	_ = g
	m := Map[int, string]
	_ = m
}
