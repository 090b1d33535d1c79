// Intended error: adding an int and a string.
package main

import "fmt"

func main() {
	x := 1
	s := "a"
	fmt.Println(x + s)
}
