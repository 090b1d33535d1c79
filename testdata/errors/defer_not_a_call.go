// Intended error: defer of a function value without calling it.
package main

import "fmt"

func main() {
	f := func() { fmt.Println("x") }
	defer f
}
