// Intended error: an if statement without a condition.
package main

import "fmt"

func main() {
	if {
		fmt.Println("x")
	}
}
