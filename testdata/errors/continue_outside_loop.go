// Intended error: continue outside a loop (inside a switch).
package main

import "fmt"

func main() {
	switch {
	default:
		fmt.Println("x")
		continue
	}
}
