// Intended error: a local variable that is only assigned to, never read.
package main

import "fmt"

func main() {
	x := 1
	x = 2
	fmt.Println("hi")
}
