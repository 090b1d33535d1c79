// Intended error: a type assertion on a value of a non-interface type.
package main

import "fmt"

func main() {
	x := 1
	fmt.Println(x.(int))
}
