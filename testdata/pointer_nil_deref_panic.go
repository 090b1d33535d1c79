// Proves dereferencing a nil *int panics with "invalid memory address or nil pointer dereference" (exit 2).
package main

import "fmt"

func main() {
	var p *int
	fmt.Println("p is nil:", p == nil)
	fmt.Println(*p)
}
