// Intended error: returning a value from a function without results.
package main

import "fmt"

func helper() {
	return 1
}

func main() {
	helper()
	fmt.Println("x")
}
