// iter.Pull and Pull2: pulling values one at a time, stopping early, pulling after exhaustion, and panics in the iterator.
package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
)

func count(n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		defer fmt.Println("count cleanup")
		for i := range n {
			if !yield(i) {
				return
			}
		}
	}
}

func zip[A, B any](a iter.Seq[A], b iter.Seq[B]) iter.Seq2[A, B] {
	return func(yield func(A, B) bool) {
		na, sa := iter.Pull(a)
		defer sa()
		nb, sb := iter.Pull(b)
		defer sb()
		for {
			x, ok1 := na()
			y, ok2 := nb()
			if !ok1 || !ok2 || !yield(x, y) {
				return
			}
		}
	}
}

func main() {
	next, stop := iter.Pull(count(3))
	for {
		v, ok := next()
		fmt.Println(v, ok)
		if !ok {
			break
		}
	}
	v, ok := next()
	fmt.Println("after end:", v, ok)
	stop()
	next, stop = iter.Pull(count(10))
	fmt.Println(next())
	stop()
	fmt.Println(next())
	stop()
	for a, b := range zip(slices.Values([]string{"a", "b", "c"}), count(2)) {
		fmt.Println(a, b)
	}
	n2, s2 := iter.Pull2(maps.All(map[string]int{"only": 1}))
	k, val, ok := n2()
	fmt.Println(k, val, ok)
	s2()
	bad := func(yield func(int) bool) {
		yield(1)
		panic("iterator exploded")
	}
	nb, sb := iter.Pull(iter.Seq[int](bad))
	fmt.Println(nb())
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		nb()
	}()
	sb()
}
