// Closures inside generic functions capture type-parameter values, build generic accumulators and are returned.
package main

import "fmt"

func Counter[T comparable]() (add func(T), get func(T) int, keys func() int) {
	m := map[T]int{}
	return func(v T) { m[v]++ }, func(v T) int { return m[v] }, func() int { return len(m) }
}

func Compose[A, B, C any](f func(A) B, g func(B) C) func(A) C {
	return func(a A) C { return g(f(a)) }
}

func Fold[T, R any](xs []T, init R, f func(R, T) R) R {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

type Pt struct{ X, Y int }

func main() {
	add, get, keys := Counter[Pt]()
	add(Pt{1, 1})
	add(Pt{1, 1})
	add(Pt{2, 2})
	fmt.Println(get(Pt{1, 1}), get(Pt{3, 3}), keys())
	f := Compose(func(i int) string { return fmt.Sprint(i * 2) }, func(s string) []byte { return []byte(s + "!") })
	fmt.Println(string(f(21)))
	fmt.Println(Fold([]string{"a", "bb", "ccc"}, 0, func(n int, s string) int { return n + len(s) }))
	fmt.Println(Fold([]int{1, 2, 3}, "", func(s string, i int) string { return s + fmt.Sprint(i) }))
	var fs []func() Pt
	for i := range 3 {
		fs = append(fs, func() Pt { return Pt{i, i * i} })
	}
	for _, fn := range fs {
		fmt.Print(fn(), " ")
	}
	fmt.Println()
}
