// Proves m[k] op= v and m[k]++/-- for every operator class: arithmetic, bitwise, shifts, string concatenation, floats; missing keys start from zero.
package main

import "fmt"

func main() {
	m := map[string]int{}
	m["a"]++
	m["a"]++
	m["b"]--
	m["c"] += 10
	m["c"] -= 3
	m["c"] *= 4
	m["c"] /= 2
	m["c"] %= 5
	m["d"] |= 6
	m["d"] &= 3
	m["d"] ^= 15
	m["e"] = 1
	m["e"] <<= 10
	m["e"] >>= 3
	m["f"] &^= 1
	fmt.Println(m)
	s := map[int]string{}
	for i := 0; i < 5; i++ {
		s[i%2] += fmt.Sprint(i)
	}
	fmt.Println(s)
	f := map[bool]float64{}
	f[true] += 1.5
	f[true] *= 3
	f[false] -= 0.25
	fmt.Println(f)
	u := map[uint8]uint8{}
	u[1] -= 1
	u[2] += 255
	u[2]++
	fmt.Println(u)
	type P struct{ X, Y int }
	pm := map[P]int{}
	k := P{1, 2}
	pm[k] += 5
	pm[P{1, 2}] *= 2
	fmt.Println(pm)
	idx := 0
	keys := []string{"x", "y"}
	next := func() string { idx++; return keys[idx%2] }
	m2 := map[string]int{}
	m2[next()] += 1 // key evaluated once
	m2[next()] += 1
	m2[next()] += 1
	fmt.Println(m2, idx)
}
