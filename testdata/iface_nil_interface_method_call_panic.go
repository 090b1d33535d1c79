// Calling a method on a nil interface value panics with a nil pointer dereference (SIGSEGV report).
package main

import "fmt"

type Runner interface{ Run() string }

func main() {
	var r Runner
	fmt.Println("about to call")
	fmt.Println(r.Run())
}
