// Proves deferred calls run while an unrecovered panic unwinds (their output appears), then the program dies with exit code 2.
package main

import "fmt"

func inner() {
	defer fmt.Println("inner deferred")
	panic("boom")
}

func main() {
	defer fmt.Println("main deferred")
	inner()
	fmt.Println("not reached")
}
