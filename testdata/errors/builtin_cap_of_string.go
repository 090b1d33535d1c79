// Intended error: cap applied to a string.
package main

import "fmt"

func main() {
	s := "abc"
	fmt.Println(cap(s))
}
