// Intended error: converting a string constant to int.
package main

import "fmt"

func main() {
	fmt.Println(int("5"))
}
