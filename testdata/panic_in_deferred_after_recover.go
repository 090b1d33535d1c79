// A deferred call panics after an earlier deferred call recovered: the new panic is reported alone, defers above still run.
package main

import "fmt"

func main() {
	defer fmt.Println("first deferred, runs last")
	defer func() { panic("from deferred") }()
	defer func() { fmt.Println("recovered:", recover()) }()
	panic("original")
}
