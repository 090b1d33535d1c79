// Proves a panic during deferred calls of another panic replaces it, a recovered panic can be re-raised, and the final report lists every panic oldest first.
package main

import "fmt"

func cleanup() {
	defer func() {
		r := recover()
		fmt.Println("cleanup recovered:", r)
		panic(fmt.Sprint("re-raised ", r))
	}()
	panic("second")
}

func main() {
	defer fmt.Println("main deferred runs")
	defer cleanup()
	panic("first")
}
