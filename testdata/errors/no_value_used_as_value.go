// Intended error: a call with no results used as a value.
package main

import "fmt"

func nothing() {}

func main() {
	x := nothing()
	fmt.Println(x)
}
