// Intended error: an array type with negative length.
package main

import "fmt"

func main() {
	var a [-1]int
	fmt.Println(a)
}
