// Intended error: assigning a float64 variable to an int variable.
package main

import "fmt"

func main() {
	x := 1
	f := 2.5
	x = f
	fmt.Println(x)
}
