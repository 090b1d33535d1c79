// slices and maps package generics: Index/Contains/Insert/Delete/Compact/BinarySearch/Reverse/MaxFunc and maps.Keys sorted.
package main

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strings"
)

type P struct {
	Name string
	Age  int
}

func main() {
	s := []int{5, 2, 8, 2, 9, 1}
	fmt.Println(slices.Index(s, 2), slices.Contains(s, 7), slices.Max(s), slices.Min(s))
	s = slices.Insert(s, 1, 100, 101)
	fmt.Println(s)
	s = slices.Delete(s, 0, 2)
	fmt.Println(s)
	slices.Sort(s)
	fmt.Println(s, slices.Compact(slices.Clone(s)))
	i, found := slices.BinarySearch(s, 8)
	fmt.Println(i, found)
	slices.Reverse(s)
	fmt.Println(s, slices.Equal(s, []int{101, 9, 8, 2, 2, 1}))
	ps := []P{{"ann", 30}, {"bob", 25}, {"cy", 30}}
	slices.SortStableFunc(ps, func(a, b P) int { return cmp.Compare(b.Age, a.Age) })
	fmt.Println(ps)
	fmt.Println(slices.MaxFunc(ps, func(a, b P) int { return strings.Compare(a.Name, b.Name) }))
	idx := slices.IndexFunc(ps, func(p P) bool { return p.Age < 30 })
	fmt.Println(idx)
	m := map[string]int{"z": 1, "a": 2, "m": 3}
	fmt.Println(slices.Sorted(maps.Keys(m)))
	fmt.Println(slices.Collect(maps.Values(map[int]int{1: 10})))
	chunks := [][]int{}
	for c := range slices.Chunk([]int{1, 2, 3, 4, 5}, 2) {
		chunks = append(chunks, c)
	}
	fmt.Println(chunks, slices.Repeat([]string{"x"}, 3))
}
