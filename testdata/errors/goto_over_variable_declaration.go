// Intended error: goto jumping forward over a variable declaration.
package main

import "fmt"

func main() {
	goto L
	x := 1
	fmt.Println(x)
L:
	fmt.Println("done")
}
