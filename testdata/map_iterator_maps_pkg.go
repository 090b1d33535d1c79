// maps.Keys/Values/All/Collect/Insert and slices.Sorted over map iterators.
package main

import (
	"fmt"
	"maps"
	"slices"
)

func main() {
	m := map[string]int{"c": 3, "a": 1, "b": 2}
	keys := slices.Sorted(maps.Keys(m))
	fmt.Println(keys)
	vals := slices.Sorted(maps.Values(m))
	fmt.Println(vals)
	sum := 0
	for k, v := range maps.All(m) {
		sum += v * len(k)
	}
	fmt.Println(sum)
	c := maps.Clone(m)
	c["d"] = 4
	fmt.Println(len(m), len(c), maps.Equal(m, c))
	maps.DeleteFunc(c, func(k string, v int) bool { return v%2 == 0 })
	fmt.Println(c)
	dst := map[string]int{"z": 26}
	maps.Insert(dst, maps.All(m))
	fmt.Println(dst)
	col := maps.Collect(slices.All([]string{"x", "y"}))
	fmt.Println(col)
	maps.Copy(dst, map[string]int{"a": 100})
	fmt.Println(dst["a"])
	fmt.Println(maps.EqualFunc(m, map[string]int{"a": 1, "b": 2, "c": 3}, func(a, b int) bool { return a == b }))
}
