// Proves append's growth policy for []int (Go's growslice: doubling, then ~1.25x past 256, rounded up to size classes).
// The slices live in package-level variables so that they are heap-allocated: gc gives
// non-escaping small slices a stack buffer, which would change the first capacities.
package main

import "fmt"

var s, t, u, v, w []int

func main() {
	prev := -1
	for i := 0; i < 5000; i++ {
		s = append(s, i)
		if cap(s) != prev {
			fmt.Println("len", len(s), "cap", cap(s))
			prev = cap(s)
		}
	}
	// appending several at once from empty rounds up to a size class
	for _, n := range []int{1, 2, 3, 5, 7, 9, 13, 17, 100, 1000} {
		t = append([]int(nil), make([]int, n)...)
		fmt.Println("append", n, "->", len(t), cap(t))
	}
	// appending more than double the capacity uses the needed length
	u = make([]int, 3, 4)
	u = append(u, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10)
	fmt.Println(len(u), cap(u))
	// append to a slice with spare capacity does not reallocate
	v = make([]int, 2, 10)
	w = append(v, 5)
	w[0] = 42
	fmt.Println(v[0], len(w), cap(w))
}
