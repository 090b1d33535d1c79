// Intended error: a variable declared with var and never used.
package main

import "fmt"

func main() {
	var count int
	fmt.Println("hi")
}
