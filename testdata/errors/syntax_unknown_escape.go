// Intended error: an unknown escape sequence in a string literal.
package main

import "fmt"

func main() {
	fmt.Println("bad \q escape")
}
