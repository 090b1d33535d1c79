// Proves integer remainder by a zero variable (uint8) panics with "integer divide by zero".
package main

import "fmt"

func main() {
	var a, b uint8 = 7, 2
	fmt.Println(a % b)
	b = 0
	fmt.Println(a % b)
}
