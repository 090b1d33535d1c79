// Intended error: a method whose receiver base type is a named pointer type.
package main

import "fmt"

type T struct{}
type PT *T

func (p PT) M() {}

func main() {
	fmt.Println("x")
}
