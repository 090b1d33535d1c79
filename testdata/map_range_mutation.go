// Proves range over a map under mutation, per the spec: entries deleted before being reached are never produced, each entry is produced at most once, entries added may or may not be, clear stops the loop.
package main

import "fmt"

func main() {
	m := map[int]int{}
	for i := 0; i < 1000; i++ {
		m[i] = i
	}
	seen := map[int]bool{}
	deleted := map[int]bool{}
	for k := range m {
		if seen[k] {
			fmt.Println("produced twice", k)
		}
		if deleted[k] {
			fmt.Println("produced after deletion", k)
		}
		seen[k] = true
		// delete some entries not yet reached
		for d := k + 1; d < k+4 && d < 1000; d++ {
			if !seen[d] && !deleted[d] {
				delete(m, d)
				deleted[d] = true
			}
		}
	}
	fmt.Println(len(seen)+len(deleted) == 1000, len(m) == len(seen))

	// insertion during iteration: every original key is produced exactly once
	g := map[int]bool{}
	for i := 0; i < 100; i++ {
		g[i] = true
	}
	count := map[int]int{}
	for k := range g {
		count[k]++
		if k < 100 {
			g[k+1000] = true
		}
	}
	ok := true
	for i := 0; i < 100; i++ {
		if count[i] != 1 {
			ok = false
		}
	}
	for k, c := range count {
		if c != 1 || (k >= 100 && k < 1000) {
			ok = false
		}
	}
	fmt.Println(ok, len(g))

	// clearing during iteration stops it
	c := map[string]int{"a": 1, "b": 2, "c": 3, "d": 4}
	n := 0
	for range c {
		n++
		clear(c)
	}
	fmt.Println(n, len(c))

	// deleting the current key is fine; values seen are the latest
	u := map[int]int{1: 1, 2: 2, 3: 3}
	for k, v := range u {
		delete(u, k)
		if v != k {
			fmt.Println("bad value")
		}
	}
	fmt.Println(len(u))

	// updating other values: a later visit sees the new value
	w := map[int]int{}
	for i := 0; i < 50; i++ {
		w[i] = 0
	}
	visits := 0
	for k, v := range w {
		visits++
		if v != 0 && v != 1 {
			fmt.Println("bad", k, v)
		}
		for j := range 50 {
			if j != k {
				w[j] = 1
			}
		}
	}
	fmt.Println(visits)

	// growth during iteration (many inserts) never repeats an old key
	big := map[int]int{}
	for i := 0; i < 8; i++ {
		big[i] = i
	}
	produced := map[int]int{}
	for k := range big {
		produced[k]++
		if len(big) < 5000 {
			for j := 0; j < 500; j++ {
				big[10000+k*1000+j] = j
			}
		}
	}
	dup := false
	for _, c := range produced {
		if c > 1 {
			dup = true
		}
	}
	fmt.Println(dup, produced[0]+produced[7])
}
