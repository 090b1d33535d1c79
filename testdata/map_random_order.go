// Proves map iteration order is not fixed: the first key of a range over the same map varies across iterations, as Go randomizes it.
package main

import "fmt"

func main() {
	m := map[int]bool{}
	for i := 0; i < 16; i++ {
		m[i] = true
	}
	firsts := map[int]bool{}
	for i := 0; i < 200; i++ {
		for k := range m {
			firsts[k] = true
			break
		}
	}
	fmt.Println(len(firsts) > 1)
	small := map[string]int{"a": 1, "b": 2, "c": 3}
	orders := map[string]bool{}
	for i := 0; i < 200; i++ {
		s := ""
		for k := range small {
			s += k
		}
		orders[s] = true
	}
	fmt.Println(len(orders) > 1)
}
