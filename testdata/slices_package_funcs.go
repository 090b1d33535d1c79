// Proves the slices package: Sort, SortFunc, Index, Contains, Reverse, Max, Min, Equal, Insert, Delete, Compact, BinarySearch.
package main

import (
	"fmt"
	"slices"
	"strings"
)

func main() {
	s := []int{5, 2, 8, 2, 9, 1}
	slices.Sort(s)
	fmt.Println(s, slices.IsSorted(s))
	fmt.Println(slices.Index(s, 8), slices.Index(s, 7), slices.Contains(s, 9))
	fmt.Println(slices.Max(s), slices.Min(s))
	idx, found := slices.BinarySearch(s, 5)
	fmt.Println(idx, found)
	c := slices.Clone(s)
	slices.Reverse(c)
	fmt.Println(c, s, slices.Equal(s, c))
	c = slices.Insert(c, 1, 100, 101)
	fmt.Println(c)
	c = slices.Delete(c, 0, 2)
	fmt.Println(c)
	d := []int{1, 1, 2, 2, 2, 3, 1}
	d = slices.Compact(d)
	fmt.Println(d)
	words := []string{"banana", "Apple", "cherry", "apple"}
	slices.SortFunc(words, func(a, b string) int { return strings.Compare(strings.ToLower(a), strings.ToLower(b)) })
	fmt.Println(words)
	slices.SortStableFunc(words, func(a, b string) int { return len(a) - len(b) })
	fmt.Println(words)
	fmt.Println(slices.IndexFunc(s, func(x int) bool { return x > 4 }))
	fmt.Println(slices.Repeat([]int{1, 2}, 3), slices.Concat([]int{1}, []int{2, 3}))
}
