// Map values that are slices: appending through m[k] = append(m[k], v), grouping, and aliasing of the stored headers.
package main

import (
	"fmt"
	"sort"
)

func main() {
	groups := map[int][]string{}
	for _, w := range []string{"a", "bb", "cc", "d", "eee", "ff"} {
		groups[len(w)] = append(groups[len(w)], w)
	}
	fmt.Println(groups)
	s := groups[2]
	s[0] = "XX"
	fmt.Println(groups[2])
	s = append(s, "new")
	fmt.Println(len(groups[2]), len(s))
	keys := make([]int, 0)
	for k := range groups {
		keys = append(keys, k)
	}
	sort.Sort(sort.Reverse(sort.IntSlice(keys)))
	fmt.Println(keys)
	idx := map[string][]int{}
	for i, c := range "abcabca" {
		idx[string(c)] = append(idx[string(c)], i)
	}
	fmt.Println(idx, len(idx["z"]))
}
