// Intended error: declaring a variable from untyped nil.
package main

import "fmt"

func main() {
	x := nil
	fmt.Println(x)
}
