// Proves writing past a slice's length (even within capacity) panics with "index out of range [2] with length 2".
package main

import "fmt"

func main() {
	s := make([]int, 2, 10)
	s[1] = 5
	fmt.Println(s, cap(s))
	idx := len(s)
	s[idx] = 7
	fmt.Println("not reached")
}
