// Map benchmark: 1M int keys inserted into a map made without a hint, 4M
// lookups (hits), 1M lookups (misses), 500k deletes, and a range over the
// rest.
package main

import "fmt"

func main() {
	const n = 1000000
	m := make(map[int]int)
	for i := 0; i < n; i++ {
		m[i*7919] = i
	}
	s := 0
	for r := 0; r < 4; r++ {
		for i := 0; i < n; i++ {
			s += m[i*7919]
		}
	}
	for i := 0; i < n; i++ {
		if _, ok := m[i*7919+1]; ok {
			s++
		}
	}
	for i := 0; i < n; i += 2 {
		delete(m, i*7919)
	}
	for k, v := range m {
		s += k - v
	}
	fmt.Println(s, len(m))
}
