// Intended error: arguments that infer conflicting types for one type parameter.
package main

import "fmt"

func Max[T int | string](a, b T) T {
	if a > b {
		return a
	}
	return b
}

func main() {
	fmt.Println(Max(1, "a"))
}
