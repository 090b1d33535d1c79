// Intended error: a string constant assigned to an int variable in a declaration.
package main

import "fmt"

func main() {
	var x int = "hello"
	fmt.Println(x)
}
