// Intended error: dereferencing a non-pointer int.
package main

import "fmt"

func main() {
	x := 1
	fmt.Println(*x)
}
