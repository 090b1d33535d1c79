// Intended error: the same label defined twice.
package main

import "fmt"

func main() {
L:
	fmt.Println("a")
L:
	fmt.Println("b")
	goto L
}
