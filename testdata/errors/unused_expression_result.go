// Intended error: an arithmetic expression used as a statement.
package main

import "fmt"

func main() {
	x := 1
	x + 1
	fmt.Println(x)
}
