// Intended error: instantiation cycle through a method whose result instantiates its own type with Box[T]
package main

type Box[T any] struct{ v T }

func (b Box[T]) Wrap() Box[Box[T]] { return Box[Box[T]]{b} }

func main() { _ = Box[int]{}.Wrap() }
