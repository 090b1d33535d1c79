// Intended error: a non-integer constant shift count.
package main

import "fmt"

func main() {
	x := 1
	fmt.Println(x << 1.5)
}
