// Intended error: calling a generic function whose type parameter cannot be inferred.
package main

import "fmt"

func Zero[T any]() T {
	var z T
	return z
}

func main() {
	fmt.Println(Zero())
}
