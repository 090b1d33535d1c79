// Intended error: goto an undefined label.
package main

import "fmt"

func main() {
	fmt.Println("x")
	goto Missing
}
