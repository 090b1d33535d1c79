// Intended error: more than one character in a rune literal.
package main

import "fmt"

func main() {
	r := 'ab'
	fmt.Println(r)
}
