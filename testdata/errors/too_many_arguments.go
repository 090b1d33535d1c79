// Intended error: calling a function with more arguments than parameters.
package main

import "fmt"

func square(n int) int { return n * n }

func main() {
	fmt.Println(square(2, 3))
}
