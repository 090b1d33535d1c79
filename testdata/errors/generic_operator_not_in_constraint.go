// Intended error: using + on a type parameter constrained only by any.
package main

import "fmt"

func Add[T any](a, b T) T {
	return a + b
}

func main() {
	fmt.Println(Add(1, 2))
}
