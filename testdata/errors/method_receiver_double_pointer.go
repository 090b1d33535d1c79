// Intended error: a method whose receiver is a pointer to a pointer.
package main

import "fmt"

type T struct{}

func (p **T) M() {}

func main() {
	fmt.Println("x")
}
