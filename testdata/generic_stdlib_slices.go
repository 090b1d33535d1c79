// Proves the standard library's generic packages through the JIT: slices (Sort, SortFunc, Index, Contains, Max, Reverse, BinarySearch), cmp and the min/max builtins in generic code.
package main

import (
	"cmp"
	"fmt"
	"slices"
)

func MaxOf[T cmp.Ordered](xs ...T) T {
	m := xs[0]
	for _, x := range xs[1:] {
		m = max(m, x)
	}
	return m
}

type person struct {
	name string
	age  int
}

func main() {
	xs := []int{3, 1, 2}
	slices.Sort(xs)
	fmt.Println(xs, slices.Contains(xs, 2), slices.Index(xs, 3), slices.Max(xs), slices.Min(xs))
	i, found := slices.BinarySearch(xs, 2)
	fmt.Println(i, found)
	fmt.Println(MaxOf(1, 5, 2), MaxOf("a", "c", "b"), cmp.Compare(1, 2), cmp.Compare("b", "a"))
	ss := []string{"pear", "fig", "apple"}
	slices.SortFunc(ss, func(a, b string) int { return cmp.Compare(len(a), len(b)) })
	fmt.Println(ss)
	ps := []person{{"a", 30}, {"b", 25}, {"c", 30}}
	slices.SortStableFunc(ps, func(x, y person) int { return cmp.Compare(x.age, y.age) })
	fmt.Println(ps)
	slices.Reverse(ss)
	fmt.Println(ss, slices.Equal(xs, []int{1, 2, 3}))
	fs := []float64{2.5, -1, 0}
	slices.Sort(fs)
	fmt.Println(fs, slices.IndexFunc(fs, func(f float64) bool { return f > 0 }))
}
