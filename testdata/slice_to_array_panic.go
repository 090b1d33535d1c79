// Proves converting a too-short slice to an array panics ("cannot convert slice with length 2 to array or pointer to array with length 4").
package main

import "fmt"

func main() {
	s := []int{1, 2}
	fmt.Println([2]int(s))
	a := [4]int(s)
	fmt.Println(a)
}
