// Intended error: passing []int32 where []int is expected.
package main

import "fmt"

func sum(xs []int) int { return len(xs) }

func main() {
	s := []int32{1}
	fmt.Println(sum(s))
}
