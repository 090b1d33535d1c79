// Intended error: the ! operator applied to an int.
package main

import "fmt"

func main() {
	x := 1
	fmt.Println(!x)
}
