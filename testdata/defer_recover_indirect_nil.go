// recover returns nil unless called directly by a deferred function; a helper called by the deferred function does not stop the panic.
package main

import "fmt"

func helper() any { return recover() }

func direct() (r any) {
	defer func() { r = recover() }()
	panic("direct")
}

func viaHelper() {
	defer func() {
		fmt.Println("helper got:", helper())
	}()
	panic("via helper")
}

func deferredHelper() (r any) {
	defer func() {
		r = recover()
		fmt.Println("outer recovered:", r)
	}()
	defer helperDeferred()
	panic("deferred helper")
}

func helperDeferred() {
	fmt.Println("helperDeferred recover:", recover())
}

func main() {
	fmt.Println("not panicking:", recover())
	fmt.Println(direct())
	fmt.Println(deferredHelper())
	defer func() { fmt.Println("main recovered:", recover()) }()
	viaHelper()
}
