// A failed assertion's panic is a runtime.Error (*runtime.TypeAssertionError) whose text recover sees.
package main

import (
	"fmt"
	"runtime"
)

type myErr struct{}

func (myErr) Error() string { return "mine" }

func try(f func()) {
	defer func() {
		r := recover()
		re, ok := r.(runtime.Error)
		fmt.Printf("%v | runtime.Error=%v | %T\n", r, ok, r)
		if ok {
			fmt.Println(re.Error())
		}
	}()
	f()
}

func main() {
	var v any = 1.5
	try(func() { _ = v.(int) })
	try(func() { _ = v.(fmt.Stringer) })
	var e error = myErr{}
	try(func() { _ = e.(interface{ Unwrap() error }) })
	var n any
	try(func() { _ = n.(string) })
	type local struct{}
	var l any = local{}
	try(func() { _ = l.(int) })
}
