// Maps keyed by structs and arrays (including nested and string fields) compare keys by value.
package main

import (
	"fmt"
	"sort"
)

type Pt struct{ X, Y int }
type Key struct {
	Name string
	P    Pt
	Tags [2]string
}

func main() {
	m := map[Pt]string{{1, 2}: "a", {2, 1}: "b"}
	m[Pt{1, 2}] += "!"
	fmt.Println(m[Pt{1, 2}], m[Pt{2, 1}], len(m))
	a := map[[3]int]int{}
	a[[3]int{1, 2, 3}]++
	a[[3]int{1, 2, 3}]++
	a[[3]int{3, 2, 1}]++
	fmt.Println(a)
	k := map[Key]int{}
	k[Key{"x", Pt{1, 1}, [2]string{"a", "b"}}] = 1
	k[Key{"x", Pt{1, 1}, [2]string{"a", "b"}}] = 2
	k[Key{"x", Pt{1, 1}, [2]string{"a", "c"}}] = 3
	keys := make([]string, 0)
	for key, v := range k {
		keys = append(keys, fmt.Sprintf("%v=%d", key, v))
	}
	sort.Strings(keys)
	fmt.Println(keys)
	type pair struct {
		a string
		b string
	}
	pm := map[pair]bool{{"ab", "c"}: true}
	fmt.Println(pm[pair{"a", "bc"}], pm[pair{"ab", "c"}])
	var zero Pt
	fmt.Println(m[zero] == "", len(m))
	empty := map[struct{}]int{}
	empty[struct{}{}] = 5
	empty[struct{}{}]++
	fmt.Println(empty)
}
