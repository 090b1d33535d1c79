// Proves maps stay correct through growth to 200k entries and shrinking by deletion: sums, lookups, comma-ok misses and re-insertion after delete, for int and string keys.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	const n = 200000
	m := make(map[int]int)
	for i := 0; i < n; i++ {
		m[i*31] = i
	}
	fmt.Println(len(m))
	sum := 0
	for i := 0; i < n; i++ {
		sum += m[i*31]
	}
	fmt.Println(sum)
	misses := 0
	for i := 0; i < n; i++ {
		if _, ok := m[i*31+1]; !ok {
			misses++
		}
	}
	fmt.Println(misses)
	for i := 0; i < n; i += 2 {
		delete(m, i*31)
	}
	fmt.Println(len(m))
	rsum := 0
	for k, v := range m {
		if k != v*31 {
			fmt.Println("bad", k, v)
		}
		rsum += v
	}
	fmt.Println(rsum)
	for i := 0; i < n; i += 2 {
		m[i*31] = -i
	}
	fmt.Println(len(m), m[62], m[31])

	s := map[string]int{}
	for i := 0; i < 50000; i++ {
		s["key"+strconv.Itoa(i)] = i
	}
	total := 0
	for i := 0; i < 50000; i += 7 {
		total += s["key"+strconv.Itoa(i)]
	}
	fmt.Println(len(s), total)
	for k := range s {
		if len(k) > 7 {
			delete(s, k)
		}
	}
	fmt.Println(len(s))
	clear(s)
	s["again"] = 1
	fmt.Println(len(s), s)
}
