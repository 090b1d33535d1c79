// Intended error: iota used outside a constant declaration.
package main

import "fmt"

func main() {
	x := iota
	fmt.Println(x)
}
