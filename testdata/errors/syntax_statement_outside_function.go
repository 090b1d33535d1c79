// Intended error: a non-declaration statement outside a function body.
package main

import "fmt"

x := 1

func main() {
	fmt.Println(x)
}
