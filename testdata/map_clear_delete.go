// delete of a missing key is a no-op; clear empties a map while keeping its identity; both on aliases.
package main

import "fmt"

func main() {
	m := map[string]int{"a": 1, "b": 2, "c": 3}
	alias := m
	delete(m, "zz")
	delete(m, "a")
	fmt.Println(len(m), len(alias), alias)
	clear(alias)
	fmt.Println(len(m), m == nil, m)
	m["new"] = 1
	fmt.Println(alias)
	big := make(map[int]int)
	for i := 0; i < 1000; i++ {
		big[i] = i * i
	}
	for i := 0; i < 1000; i += 2 {
		delete(big, i)
	}
	fmt.Println(len(big), big[999], big[998])
	clear(big)
	for i := 0; i < 5; i++ {
		big[i] = -i
	}
	fmt.Println(big)
	type T struct{ m map[int]int }
	t := T{m: map[int]int{1: 1}}
	u := t
	delete(u.m, 1)
	fmt.Println(len(t.m))
}
