// Intended error: calling a function with fewer arguments than parameters.
package main

import "fmt"

func add(a, b int) int { return a + b }

func main() {
	fmt.Println(add(1))
}
