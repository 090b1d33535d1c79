// Intended error: a binary operator missing its right operand.
package main

import "fmt"

func main() {
	x := (1 + )
	fmt.Println(x)
}
