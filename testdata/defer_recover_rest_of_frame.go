// After a deferred call recovers, the frame's earlier deferred calls still
// run, in order, and may change named results, also when the panic is the
// function's last statement.
package main

import "fmt"

var trace []string

func note(s string) { trace = append(trace, s) }

func last() (n int) {
	defer func() { n *= 3 }()
	defer note("first deferred")
	defer func() {
		if r := recover(); r != nil {
			note(fmt.Sprint("recovered ", r))
			n = 7
		}
	}()
	note("body")
	panic("at the end")
}

func middle(cond bool) (s string) {
	defer func() { s += "!" }()
	defer func() { recover() }()
	if cond {
		panic("in an if")
	}
	return "not reached"
}

func fromCallee() (n int) {
	defer func() { n++ }()
	defer func() { recover() }()
	explode()
	return 100
}

func explode() { panic("callee") }

func main() {
	fmt.Println(last(), trace)
	fmt.Printf("%q\n", middle(true))
	fmt.Println(fromCallee())
}
