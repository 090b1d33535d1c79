// Intended error: a constant index out of an array's bounds.
package main

import "fmt"

func main() {
	var a [3]int
	fmt.Println(a[5])
}
