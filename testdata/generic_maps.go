// Proves generic code over maps: map types of type parameters, range over a T whose core type is a map, comma-ok lookups and a generic cache type.
package main

import (
	"fmt"
	"sort"
)

type Dict map[string]int

func Keys[M ~map[K]V, K comparable, V any](m M) []K {
	out := make([]K, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	return out
}

func Invert[K, V comparable](m map[K]V) map[V]K {
	out := make(map[V]K, len(m))
	for k, v := range m {
		out[v] = k
	}
	return out
}

type Cache[K comparable, V any] struct {
	m    map[K]V
	miss int
}

func NewCache[K comparable, V any]() *Cache[K, V] { return &Cache[K, V]{m: map[K]V{}} }

func (c *Cache[K, V]) Get(k K, f func(K) V) V {
	if v, ok := c.m[k]; ok {
		return v
	}
	c.miss++
	v := f(k)
	c.m[k] = v
	return v
}

func main() {
	ks := Keys(Dict{"b": 2, "a": 1, "c": 3})
	sort.Strings(ks)
	fmt.Println(ks, len(Keys(map[int]bool{1: true})))
	fmt.Println(Invert(map[string]int{"x": 1, "y": 2}))
	c := NewCache[int, string]()
	f := func(n int) string { return fmt.Sprint(n * n) }
	fmt.Println(c.Get(3, f), c.Get(3, f), c.Get(4, f), c.miss)
	fmt.Printf("%T %v\n", c.m, len(c.m))
}
