// Intended error: an int used as an if condition.
package main

import "fmt"

func main() {
	x := 1
	if x {
		fmt.Println(x)
	}
}
