// Intended error: instantiating a two-parameter generic type with one type argument.
package main

import "fmt"

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func main() {
	var p Pair[int]
	fmt.Println(p)
}
