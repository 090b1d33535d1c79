// Intended error: two struct types containing each other by value.
package main

import "fmt"

type A struct{ b B }
type B struct{ a A }

func main() {
	var a A
	fmt.Println(a)
}
