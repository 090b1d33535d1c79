// Proves range over an integer (Go 1.22): 0..n-1, zero and negative n iterate nothing, typed n gives a typed variable.
package main

import "fmt"

type Small uint8

func main() {
	for i := range 5 {
		fmt.Print(i, " ")
	}
	fmt.Println()
	n := 0
	for range n {
		fmt.Println("never")
	}
	neg := -3
	for i := range neg {
		fmt.Println("never", i)
	}
	var s Small = 3
	for i := range s {
		fmt.Printf("%T=%v ", i, i)
	}
	fmt.Println()
	count := 0
	for range 1000 {
		count++
	}
	fmt.Println(count)
	limit := 3
	for i := range limit {
		limit = 10 // evaluated once
		fmt.Print(i)
	}
	fmt.Println()
}
