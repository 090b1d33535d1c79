// After a recovered panic, a later independent panic is reported alone (no [recovered] line for the first).
package main

import "fmt"

func safe() {
	defer func() { fmt.Println("recovered:", recover()) }()
	panic("first")
}

func main() {
	safe()
	fmt.Println("continuing")
	panic(fmt.Sprintf("second %d", 2))
}
