// Generic type aliases (Go 1.24): an alias with type parameters is interchangeable with its target.
package main

import "fmt"

type Pair[K comparable, V any] struct {
	K K
	V V
}

type StrPair[V any] = Pair[string, V]
type Set[T comparable] = map[T]bool
type List[T any] = []T

func keys[V any](ps []StrPair[V]) List[string] {
	var out List[string]
	for _, p := range ps {
		out = append(out, p.K)
	}
	return out
}

func main() {
	p := StrPair[int]{"a", 1}
	var q Pair[string, int] = p
	fmt.Println(p, q, p == q)
	fmt.Printf("%T %T\n", p, Set[int]{})
	s := Set[string]{"x": true}
	s["y"] = true
	fmt.Println(len(s), s)
	fmt.Println(keys([]StrPair[bool]{{"k1", true}, {"k2", false}}))
	var l List[float64] = []float64{1.5}
	fmt.Printf("%T %v\n", l, l)
}
