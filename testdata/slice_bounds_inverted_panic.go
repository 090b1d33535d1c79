// Proves a low bound above the high bound panics with "slice bounds out of range [3:2]".
package main

import "fmt"

func main() {
	s := []int{1, 2, 3, 4}
	lo, hi := 1, 2
	fmt.Println(s[lo:hi])
	lo = 3
	fmt.Println(s[lo:hi])
}
