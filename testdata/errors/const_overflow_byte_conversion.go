// Intended error: converting the constant 300 to byte.
package main

import "fmt"

func main() {
	fmt.Println(byte(300))
}
