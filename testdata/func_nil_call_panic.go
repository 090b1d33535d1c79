// Proves calling a nil function value panics with a nil pointer dereference.
package main

import "fmt"

func main() {
	var f func(int) int
	fmt.Println("calling nil func")
	fmt.Println(f(1))
}
