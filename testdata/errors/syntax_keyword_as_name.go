// Intended error: a keyword used as a variable name.
package main

import "fmt"

func main() {
	var func int
	fmt.Println("unreachable")
}
