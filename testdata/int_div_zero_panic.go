// Proves integer division by a zero variable panics with "integer divide by zero" (exit 2).
package main

import "fmt"

func main() {
	a, b := 10, 3
	fmt.Println(a / b)
	b -= 3
	fmt.Println(a / b)
	fmt.Println("not reached")
}
