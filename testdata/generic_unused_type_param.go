// Proves an unused type parameter is not an error: the type argument must be given explicitly, and it shows in %T.
package main

import "fmt"

type Tagged[Tag any] struct{ V int }

func Make[T any](v int) Tagged[T] { return Tagged[T]{v} }

type Meters struct{}
type Feet struct{}

func main() {
	a := Make[Meters](3)
	b := Make[Feet](3)
	fmt.Printf("%T %v\n", a, a)
	fmt.Printf("%T %v\n", b, b)
}
