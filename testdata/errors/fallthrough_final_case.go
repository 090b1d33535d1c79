// Intended error: fallthrough in the last case of a switch.
package main

import "fmt"

func main() {
	x := 1
	switch x {
	case 1:
		fmt.Println("one")
		fallthrough
	}
}
