// Intended error: integer division by the constant zero.
package main

import "fmt"

func main() {
	x := 10
	fmt.Println(x / 0)
}
