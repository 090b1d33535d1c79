// Intended error: assigning the constant 300 to a byte variable.
package main

import "fmt"

func main() {
	var b byte = 300
	fmt.Println(b)
}
