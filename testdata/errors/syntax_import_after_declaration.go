// Intended error: an import after another declaration.
package main

func helper() {}

import "fmt"

func main() {
	helper()
	fmt.Println("x")
}
