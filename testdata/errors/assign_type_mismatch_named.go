// Intended error: a value of a named type assigned to its underlying type without conversion.
package main

import "fmt"

type Age int

func main() {
	var a Age = 3
	var i int = a
	fmt.Println(i)
}
