// Proves map iteration visits every entry exactly once (order is unspecified, so results are sorted before printing).
package main

import (
	"fmt"
	"sort"
)

func main() {
	m := make(map[int]string)
	for i := 0; i < 100; i++ {
		m[i*7%101] = fmt.Sprint("v", i)
	}
	var keys []int
	sum := 0
	for k, v := range m {
		keys = append(keys, k)
		sum += len(v)
	}
	sort.Ints(keys)
	fmt.Println(len(keys), keys[:10], sum)
	// deleting during iteration is allowed
	for k := range m {
		if k%2 == 0 {
			delete(m, k)
		}
	}
	fmt.Println(len(m))
}
