// comparable type parameters as map keys and in ==, including interfaces and structs; a generic Set.
package main

import (
	"fmt"
	"sort"
)

type Set[T comparable] map[T]struct{}

func (s Set[T]) Add(vs ...T) {
	for _, v := range vs {
		s[v] = struct{}{}
	}
}
func (s Set[T]) Has(v T) bool { _, ok := s[v]; return ok }

func Index[T comparable](xs []T, v T) int {
	for i, x := range xs {
		if x == v {
			return i
		}
	}
	return -1
}

type P struct{ A, B int }

func main() {
	s := Set[string]{}
	s.Add("a", "b", "a")
	fmt.Println(len(s), s.Has("a"), s.Has("c"))
	ps := Set[P]{}
	ps.Add(P{1, 2}, P{1, 2}, P{2, 1})
	fmt.Println(len(ps), ps.Has(P{2, 1}))
	fmt.Println(Index([]P{{1, 1}, {2, 2}}, P{2, 2}), Index([]string{"x"}, "y"))
	as := Set[any]{}
	as.Add(1, "1", 1.0, 1)
	fmt.Println(len(as))
	fmt.Println(Index([]any{1, "a", nil}, nil))
	keys := []string{}
	for k := range s {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Println(keys)
	defer func() { fmt.Println("recovered:", recover()) }()
	as.Add([]int{1})
}
