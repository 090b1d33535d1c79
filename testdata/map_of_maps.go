// Maps of maps: inner maps must be made before writing; they are shared references; fmt sorts at every level.
package main

import "fmt"

func main() {
	g := map[string]map[string]int{}
	add := func(a, b string, w int) {
		inner, ok := g[a]
		if !ok {
			inner = map[string]int{}
			g[a] = inner
		}
		inner[b] = w
	}
	add("b", "c", 2)
	add("a", "b", 1)
	add("a", "c", 5)
	add("c", "a", 3)
	fmt.Println(g)
	fmt.Println(len(g["a"]), g["z"]["q"])
	alias := g["a"]
	alias["z"] = 26
	fmt.Println(g["a"])
	delete(g, "a")
	fmt.Println(g, alias)
	counts := map[int]map[bool]int{}
	for i := 0; i < 10; i++ {
		if counts[i%3] == nil {
			counts[i%3] = map[bool]int{}
		}
		counts[i%3][i%2 == 0]++
	}
	fmt.Println(counts)
	nested := map[string]map[string][]int{"x": {"y": {1, 2}}}
	nested["x"]["y"] = append(nested["x"]["y"], 3)
	fmt.Printf("%v %d\n", nested, len(nested["x"]["y"]))
}
