// Intended error: a closure returning a value where none is declared.
package main

import "fmt"

func main() {
	f := func() {
		return 1
	}
	f()
	fmt.Println("x")
}
