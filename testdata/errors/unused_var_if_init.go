// Intended error: a variable declared in an if statement's init and never used.
package main

import "fmt"

func main() {
	if v := len("x"); true {
		fmt.Println("hi")
	}
}
