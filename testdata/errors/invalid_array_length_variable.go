// Intended error: an array length that is not a constant.
package main

import "fmt"

func main() {
	n := 3
	var a [n]int
	fmt.Println(a, n)
}
