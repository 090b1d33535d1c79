// Intended error: one variable but three values.
package main

import "fmt"

func main() {
	var x int
	x = 1, 2, 3
	fmt.Println(x)
}
