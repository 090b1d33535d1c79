// Intended error: calling Println without its package qualifier.
package main

import "fmt"

func main() {
	fmt.Print("")
	Println("x")
}
