// Intended error: the same constant in two cases of an expression switch.
package main

import "fmt"

func main() {
	x := 1
	switch x {
	case 1:
		fmt.Println("one")
	case 2, 1:
		fmt.Println("again")
	}
}
