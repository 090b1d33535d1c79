// Proves maps are reference-like: assignment and passing share the table; map of slices and map of structs (copy on read).
package main

import "fmt"

type Point struct{ X, Y int }

func add(m map[string]int, k string) { m[k]++ }

func main() {
	a := map[string]int{}
	b := a
	add(b, "x")
	add(a, "x")
	fmt.Println(a["x"], len(b))
	groups := map[string][]string{}
	for _, w := range []string{"apple", "avocado", "banana", "blueberry", "cherry"} {
		k := w[:1]
		groups[k] = append(groups[k], w)
	}
	fmt.Println(groups)
	pts := map[string]Point{"p": {1, 2}}
	p := pts["p"]
	p.X = 100 // modifies the copy
	fmt.Println(pts["p"], p)
	pts["p"] = p
	fmt.Println(pts)
	ptrs := map[string]*Point{"q": {3, 4}}
	ptrs["q"].X = 30
	fmt.Println(*ptrs["q"])
}
