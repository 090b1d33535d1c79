// Intended error: an untyped constant too large for int.
package main

import "fmt"

func main() {
	x := 1 << 63
	fmt.Println(x)
}
