// Intended error: a negative constant index into a slice.
package main

import "fmt"

func main() {
	s := []int{1}
	fmt.Println(s[-1])
}
