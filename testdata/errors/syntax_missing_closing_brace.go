// Intended error: a function body missing its closing brace (unexpected EOF).
package main

import "fmt"

func main() {
	fmt.Println("hello")
