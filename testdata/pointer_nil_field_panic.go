// Proves reading a field through a nil struct pointer panics with a nil pointer dereference.
package main

import "fmt"

type T struct {
	A int
	B [100]int
}

func main() {
	var t *T
	fmt.Println("start")
	t.B[50] = 1
	fmt.Println("not reached")
}
