// Intended error: a block comment never terminated.
package main

import "fmt"

func main() {
	fmt.Println("x")
	/* this comment runs to the end of the file
}
