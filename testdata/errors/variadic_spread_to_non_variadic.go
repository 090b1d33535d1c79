// Intended error: passing s... to a non-variadic function.
package main

import "fmt"

func sum(xs []int) int { return len(xs) }

func main() {
	s := []int{1, 2}
	fmt.Println(sum(s...))
}
