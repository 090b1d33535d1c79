// Intended error: append whose first argument is not a slice.
package main

import "fmt"

func main() {
	x := 1
	fmt.Println(append(x, 2))
}
