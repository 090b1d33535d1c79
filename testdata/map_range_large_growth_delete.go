// A large map grows past many table splits while entries are deleted and re-added; sums and lengths stay consistent.
package main

import "fmt"

func main() {
	m := make(map[int]int)
	for i := 0; i < 20000; i++ {
		m[i] = i
		if i%3 == 0 {
			delete(m, i/2)
		}
	}
	sum := 0
	for k, v := range m {
		if k != v {
			panic("mismatch")
		}
		sum += v
	}
	fmt.Println(len(m), sum)
	for i := 0; i < 20000; i += 7 {
		m[i] = -i
	}
	neg := 0
	for _, v := range m {
		if v < 0 {
			neg++
		}
	}
	fmt.Println(len(m), neg)
	seen := 0
	for k := range m {
		if k%2 == 0 {
			delete(m, k+1)
		}
		seen++
	}
	fmt.Println(seen <= 20000, len(m))
}
