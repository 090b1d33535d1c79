// Deleting every key while ranging, and re-inserting the current key: iteration ends, counts match Go's guarantees.
package main

import "fmt"

func main() {
	m := map[string]int{}
	for i := 0; i < 50; i++ {
		m[fmt.Sprint("k", i)] = i
	}
	visits := 0
	for k := range m {
		visits++
		for k2 := range m {
			delete(m, k2)
		}
		m[k] = 1
	}
	fmt.Println(visits >= 1, len(m))
	n := map[int]int{1: 1}
	steps := 0
	for k, v := range n {
		steps++
		if v < 5 {
			n[k] = v + 1
		}
	}
	fmt.Println(steps, n[1])
	grow := map[int]bool{0: true}
	added := 0
	for k := range grow {
		if k < 1000 && added < 1000 {
			grow[k+1000] = true
			added++
		}
	}
	fmt.Println(added >= 1, len(grow) == added+1)
}
