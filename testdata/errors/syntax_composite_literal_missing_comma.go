// Intended error: a newline in a composite literal where a comma is required.
package main

import "fmt"

func main() {
	s := []int{
		1,
		2
	}
	fmt.Println(s)
}
