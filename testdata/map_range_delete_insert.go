// Deleting unvisited entries during range means they are not produced; a fully-drained map ends empty.
package main

import (
	"fmt"
	"sort"
)

func main() {
	m := map[int]int{}
	for i := 0; i < 100; i++ {
		m[i] = i
	}
	seen := 0
	for k := range m {
		seen++
		delete(m, k)
		delete(m, k^1)
	}
	fmt.Println(seen, len(m))
	m2 := map[int]bool{}
	for i := 0; i < 10; i++ {
		m2[i] = true
	}
	for k := range m2 {
		if k < 10 {
			m2[k+100] = true
		}
	}
	fmt.Println(len(m2) >= 10, len(m2) <= 20)
	m3 := map[string]int{"a": 1, "b": 2, "c": 3}
	for k, v := range m3 {
		m3[k] = v * 10
	}
	keys := []string{}
	for k := range m3 {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Print(k, "=", m3[k], " ")
	}
	fmt.Println()
	m4 := map[int]int{1: 1, 2: 2, 3: 3}
	n := 0
	for range m4 {
		clear(m4)
		n++
	}
	fmt.Println(n, len(m4))
}
