// Panics raised in deferred calls replace the current one; recover gets the latest; all defers still run.
package main

import "fmt"

func f() (res string) {
	defer func() {
		r := recover()
		res = fmt.Sprint("recovered ", r)
	}()
	defer func() { panic("third") }()
	defer func() { panic("second") }()
	panic("first")
}

func g() {
	defer func() {
		fmt.Println("g outer:", recover())
	}()
	func() {
		defer func() {
			fmt.Println("g inner:", recover())
			panic("from inner defer")
		}()
		panic("inner")
	}()
}

func main() {
	fmt.Println(f())
	g()
	fmt.Println("end")
}
