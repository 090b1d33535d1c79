// Intended error: a field promoted from two embedded structs at the same depth.
package main

import "fmt"

type A struct{ ID int }
type B struct{ ID int }
type C struct {
	A
	B
}

func main() {
	var c C
	fmt.Println(c.ID)
}
