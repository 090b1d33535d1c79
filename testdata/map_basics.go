// Proves map basics: literal, insert, update, lookup with comma-ok, zero value for missing keys, delete, len, nil map reads.
package main

import (
	"fmt"
	"maps"
	"slices"
)

func main() {
	m := map[string]int{"a": 1, "b": 2}
	m["c"] = 3
	m["a"] += 10
	v, ok := m["a"]
	fmt.Println(v, ok)
	v, ok = m["zzz"]
	fmt.Println(v, ok, len(m))
	delete(m, "b")
	delete(m, "missing")
	fmt.Println(len(m), m) // fmt prints maps sorted by key
	keys := slices.Sorted(maps.Keys(m))
	fmt.Println(keys)
	var nilMap map[string]bool
	fmt.Println(nilMap["x"], len(nilMap), nilMap == nil)
	for k := range nilMap {
		fmt.Println("never", k)
	}
	counts := map[rune]int{}
	for _, r := range "hello world" {
		counts[r]++
	}
	fmt.Println(counts['l'], counts['o'], counts['z'])
	type key struct{ x, y int }
	grid := map[key]string{{0, 0}: "origin"}
	grid[key{1, 2}] = "p"
	fmt.Println(grid[key{0, 0}], grid[key{1, 2}], len(grid))
	clear(m)
	fmt.Println(len(m))
}
