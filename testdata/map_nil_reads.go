// Proves a nil map reads as empty: zero values, comma-ok false, len 0, range never runs, delete and clear are no-ops, == nil.
package main

import "fmt"

type T struct {
	A int
	B string
}

func main() {
	var m map[string]int
	var ms map[int]T
	var mb map[[200]byte][300]int
	fmt.Println(m["x"], ms[1], mb[[200]byte{}][299], len(m), len(ms), len(mb))
	v, ok := m["x"]
	fmt.Println(v, ok)
	t, ok := ms[3]
	fmt.Printf("%+v %v\n", t, ok)
	for k, v := range m {
		fmt.Println("never", k, v)
	}
	delete(m, "x")
	clear(m)
	fmt.Println(m == nil, m != nil, m, ms, len(m))
	var ma map[any]int
	fmt.Println(ma[1], ma["s"], ma[nil])
	m2 := map[string]int{}
	fmt.Println(m2 == nil)
	m2 = nil
	fmt.Println(m2 == nil, len(m2))
	var i interface{} = m
	fmt.Println(i == nil, i)
}
