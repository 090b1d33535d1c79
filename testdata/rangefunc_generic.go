package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
)

func Filter[T any](seq iter.Seq[T], keep func(T) bool) iter.Seq[T] {
	return func(yield func(T) bool) {
		for v := range seq {
			if keep(v) && !yield(v) {
				return
			}
		}
	}
}

func Map[T, U any](seq iter.Seq[T], f func(T) U) iter.Seq[U] {
	return func(yield func(U) bool) {
		for v := range seq {
			if !yield(f(v)) {
				return
			}
		}
	}
}

func Take[T any](seq iter.Seq[T], n int) iter.Seq[T] {
	return func(yield func(T) bool) {
		if n <= 0 {
			return
		}
		i := 0
		for v := range seq {
			if !yield(v) {
				return
			}
			i++
			if i == n {
				return
			}
		}
	}
}

func Naturals() iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := 0; ; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func Sum[T int | float64](seq iter.Seq[T]) T {
	var s T
	for v := range seq {
		s += v
	}
	return s
}

func Find[K comparable, V any](seq iter.Seq2[K, V], want K) (V, bool) {
	for k, v := range seq {
		if k == want {
			return v, true
		}
	}
	var zero V
	return zero, false
}

type List[T any] struct {
	items []T
}

func (l *List[T]) All() iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		for i, v := range l.items {
			if !yield(i, v) {
				return
			}
		}
	}
}

func main() {
	s := []string{"pear", "apple", "fig", "banana"}
	for i, v := range slices.All(s) {
		fmt.Println(i, v)
	}
	for v := range slices.Values(s) {
		fmt.Print(v, " ")
	}
	fmt.Println()
	for i, v := range slices.Backward(s) {
		fmt.Print(i, v, " ")
	}
	fmt.Println()
	fmt.Println(slices.Sorted(slices.Values(s)))
	fmt.Println(slices.Collect(Filter(slices.Values(s), func(x string) bool { return len(x) > 3 })))
	fmt.Println(slices.Collect(Map(slices.Values(s), strings.ToUpper)))
	fmt.Println(slices.Collect(Take(Naturals(), 5)))
	fmt.Println(Sum(Take(Naturals(), 10)))
	fmt.Println(Sum(Map(Take(Naturals(), 4), func(i int) float64 { return float64(i) / 2 })))

	m := map[string]int{"one": 1, "two": 2, "three": 3}
	fmt.Println(slices.Sorted(maps.Keys(m)))
	fmt.Println(slices.Sorted(maps.Values(m)))
	fmt.Println(Find(maps.All(m), "two"))
	fmt.Println(Find(maps.All(m), "four"))
	m2 := maps.Collect(maps.All(m))
	fmt.Println(len(m2), m2["three"])

	l := &List[float64]{items: []float64{1.5, 2.5}}
	for i, v := range l.All() {
		fmt.Println(i, v)
	}
	fmt.Println(Find(l.All(), 1))

	// Pull-free early stop in a generic chain.
	for v := range Filter(Naturals(), func(i int) bool { return i%7 == 0 }) {
		if v > 30 {
			break
		}
		fmt.Print(v, " ")
	}
	fmt.Println()
}
