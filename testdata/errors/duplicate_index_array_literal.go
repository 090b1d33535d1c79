// Intended error: the same index twice in an array literal.
package main

import "fmt"

func main() {
	a := [3]int{0: 1, 1: 2, 0: 3}
	fmt.Println(a)
}
