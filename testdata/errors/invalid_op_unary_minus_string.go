// Intended error: unary minus on a string.
package main

import "fmt"

func main() {
	s := "x"
	fmt.Println(-s)
}
