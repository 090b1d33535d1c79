// Intended error: mixing individual arguments with s... in one call.
package main

import "fmt"

func sum(xs ...int) int { return len(xs) }

func main() {
	s := []int{1, 2}
	fmt.Println(sum(0, s...))
}
