// Proves make(map[K]V) with and without size hints (zero, small, large, runtime-valued, negative at run time) gives empty usable maps.
package main

import "fmt"

func fill(m map[int]int, n int) {
	for i := 0; i < n; i++ {
		m[i] = i * i
	}
}

func main() {
	a := make(map[int]int)
	b := make(map[int]int, 0)
	c := make(map[int]int, 8)
	d := make(map[int]int, 9)
	e := make(map[int]int, 100000)
	n := -5
	f := make(map[int]int, n)
	for _, m := range []map[int]int{a, b, c, d, e, f} {
		fmt.Print(len(m), m == nil, " ")
		fill(m, 50)
		fmt.Print(len(m), m[7], " ")
	}
	fmt.Println()
	var h int64 = 3
	g := make(map[string]bool, h)
	g["x"] = true
	fmt.Println(g)
}
