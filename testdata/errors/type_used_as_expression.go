// Intended error: a type used where an expression is required.
package main

import "fmt"

func main() {
	x := int
	fmt.Println(x)
}
