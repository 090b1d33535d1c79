// Range over function iterators: iter.Seq and iter.Seq2 built by generic functions, with early break.
package main

import (
	"fmt"
	"iter"
	"slices"
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

func Count(n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i) {
				fmt.Println("stopped at", i)
				return
			}
		}
	}
}

func Enumerate[T any](xs []T) iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		for i, x := range xs {
			if !yield(i, x) {
				return
			}
		}
	}
}

type List[T any] struct {
	v    T
	next *List[T]
}

func (l *List[T]) All() iter.Seq[T] {
	return func(yield func(T) bool) {
		for n := l; n != nil; n = n.next {
			if !yield(n.v) {
				return
			}
		}
	}
}

func main() {
	for v := range Filter(Count(20), func(i int) bool { return i%3 == 0 }) {
		if v > 10 {
			break
		}
		fmt.Print(v, " ")
	}
	fmt.Println()
	for i, s := range Enumerate([]string{"a", "b", "c"}) {
		fmt.Print(i, s, ";")
	}
	fmt.Println()
	l := &List[string]{"x", &List[string]{"y", &List[string]{"z", nil}}}
	fmt.Println(slices.Collect(l.All()))
	for v := range slices.Values([]int{5, 6}) {
		fmt.Print(v)
	}
	for i, v := range slices.Backward([]int{5, 6, 7}) {
		fmt.Print(" ", i, ":", v)
	}
	fmt.Println()
	next, stop := iter.Pull(Count(3))
	for {
		v, ok := next()
		if !ok {
			break
		}
		fmt.Print("pulled ", v, " ")
	}
	stop()
	fmt.Println()
}
