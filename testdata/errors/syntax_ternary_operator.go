// Intended error: a C-style ternary operator (? is not a Go token).
package main

import "fmt"

func main() {
	a := 1
	b := a > 0 ? 1 : 2
	fmt.Println(b)
}
