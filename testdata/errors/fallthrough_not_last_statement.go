// Intended error: fallthrough that is not the last statement of its case.
package main

import "fmt"

func main() {
	x := 1
	switch x {
	case 1:
		if x > 0 {
			fallthrough
		}
	case 2:
		fmt.Println("two")
	}
}
