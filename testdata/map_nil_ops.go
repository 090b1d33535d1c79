// A nil map reads as empty: lookup, comma-ok, len, range, delete and clear all work without panicking.
package main

import "fmt"

func main() {
	var m map[string][]int
	fmt.Println(m == nil, len(m), m["x"] == nil)
	v, ok := m["x"]
	fmt.Println(v, ok)
	for k := range m {
		fmt.Println("never", k)
	}
	delete(m, "x")
	clear(m)
	fmt.Println(m, fmt.Sprintf("%#v", m))
	var mm map[int]map[int]int
	fmt.Println(mm[1][2])
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	mm[1] = map[int]int{}
}
