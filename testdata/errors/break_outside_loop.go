// Intended error: break outside any loop, switch or select.
package main

import "fmt"

func main() {
	fmt.Println("x")
	break
}
