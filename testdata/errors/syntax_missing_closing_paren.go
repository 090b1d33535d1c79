// Intended error: a call missing its closing parenthesis.
package main

import "fmt"

func main() {
	fmt.Println("hello"
}
