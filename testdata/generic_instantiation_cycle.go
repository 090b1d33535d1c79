// A generic function instantiated with growing type arguments through a bounded chain of distinct functions.
package main

import "fmt"

func Wrap[T any](v T) []T { return []T{v} }

func Twice[T any](v T) [][]T { return Wrap(Wrap(v)) }

type Opt[T any] struct {
	v  T
	ok bool
}

func Some[T any](v T) Opt[T] { return Opt[T]{v, true} }

func main() {
	fmt.Println(Twice(1), Twice("a"))
	fmt.Printf("%T\n", Twice(Twice(1.5)))
	o := Some(Some(Some(3)))
	fmt.Printf("%v %T\n", o, o)
}
