// Proves indexing an array with a run-time index out of range panics ("index out of range [3] with length 3").
package main

import "fmt"

func get(a [3]int, i int) int { return a[i] }

func main() {
	a := [3]int{10, 20, 30}
	for i := 0; i < 3; i++ {
		fmt.Println(get(a, i))
	}
	fmt.Println(get(a, 3))
}
