// Deferring a nil function value panics when the deferred call runs, at function exit, not at the defer statement.
package main

import "fmt"

func main() {
	var f func()
	defer f()
	fmt.Println("deferred nil func, still running")
}
