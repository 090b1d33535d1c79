// Proves len tracks inserts, overwrites and deletes, and clear empties a map in place (visible through aliases) while keeping it usable, for small and grown maps.
package main

import "fmt"

func main() {
	m := map[int]string{}
	alias := m
	fmt.Println(len(m))
	m[1] = "a"
	m[1] = "b"
	fmt.Println(len(m))
	m[2] = "c"
	delete(m, 1)
	delete(m, 1)
	fmt.Println(len(m), len(alias))
	clear(m)
	fmt.Println(len(m), len(alias), m == nil)
	for i := 0; i < 1000; i++ {
		m[i] = "x"
	}
	fmt.Println(len(alias))
	clear(alias)
	fmt.Println(len(m), m[5] == "")
	m[5] = "five"
	fmt.Println(len(m), m)
	type T struct{ p *int }
	pm := map[string]T{}
	x := 1
	pm["a"] = T{&x}
	clear(pm)
	_, ok := pm["a"]
	fmt.Println(ok, len(pm))
	f := map[float64]int{}
	nan := 0.0
	nan = nan / nan
	f[nan] = 1
	f[nan] = 2
	clear(f)
	fmt.Println(len(f))
}
