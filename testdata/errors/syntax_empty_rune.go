// Intended error: an empty rune literal.
package main

import "fmt"

func main() {
	r := ''
	fmt.Println(r)
}
