// Intended error: two package-level functions with the same name.
package main

import "fmt"

func f() {}

func f() {}

func main() {
	f()
	fmt.Println("x")
}
