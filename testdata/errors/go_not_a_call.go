// Intended error: go with a function value instead of a call.
package main

import "fmt"

func main() {
	f := func() { fmt.Println("x") }
	go f
}
