// `defer recover()` recovers as if the deferring function called recover:
// it stops the panic that is running that function as a deferred call, but
// not a panic raised inside that function (which runs it from the panic).
package main

import "fmt"

func report(label string) {
	fmt.Println(label, "sees", recover())
}

// The deferred function returns normally and its deferred recover stops
// the panic that called it.
func stopsOuter() {
	defer report("stopsOuter after")
	defer func() {
		defer recover()
	}()
	panic("outer")
}

// Here the deferred recover runs from the inner panic: it recovers nothing,
// the next deferred call recovers the inner panic, and the outer one goes
// on to the caller's report.
func innerPanic() {
	defer report("innerPanic after")
	defer func() {
		defer report("inner handler")
		defer recover()
		panic("inner")
	}()
	panic("outer")
}

// Once a deferred call stopped the inner panic, the function's own deferred
// recover (run at its normal return) stops the outer one.
func bothStopped() {
	defer report("bothStopped after")
	defer func() {
		defer recover()
		defer report("inner handler")
		panic("inner")
	}()
	panic("outer")
}

// Deferred at top level of a function that is not running a deferred call:
// there is nothing for it to recover.
func plain() {
	defer recover()
	fmt.Println("plain returns")
}

func main() {
	stopsOuter()
	innerPanic()
	bothStopped()
	plain()
	func() {
		defer report("main handler")
		defer recover()
		panic("not stopped by a recover deferred from the panicking function")
	}()
}
