// Intended error: converting between struct types with different fields.
package main

import "fmt"

type A struct{ X int }
type B struct{ Y int }

func main() {
	a := A{1}
	fmt.Println(B(a))
}
