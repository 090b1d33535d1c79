// Map benchmark: 1M string keys (built once, outside the map work but in
// the timing) inserted, 4M lookups, and m[k]++ counting over them.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	const n = 1000000
	keys := make([]string, n)
	for i := range keys {
		keys[i] = "key-" + strconv.Itoa(i*7919)
	}
	m := make(map[string]int)
	for i, k := range keys {
		m[k] = i
	}
	s := 0
	for r := 0; r < 4; r++ {
		for _, k := range keys {
			s += m[k]
		}
	}
	counts := map[string]int{}
	for _, k := range keys {
		counts[k[len(k)-2:]]++
	}
	fmt.Println(s, len(m), len(counts), counts["00"])
}
