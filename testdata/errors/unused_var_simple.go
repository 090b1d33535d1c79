// Intended error: a local variable declared and never used.
package main

import "fmt"

func main() {
	x := 1
	fmt.Println("hi")
}
