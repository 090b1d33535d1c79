// Runtime errors recovered are runtime.Error values with Go's texts: index, nil map, divide, nil deref, conversion.
package main

import (
	"errors"
	"fmt"
	"runtime"
)

func catch(name string, f func()) {
	defer func() {
		r := recover()
		err, isErr := r.(error)
		var re runtime.Error
		fmt.Printf("%s: %v | error=%v runtime.Error=%v\n", name, r, isErr, errors.As(err, &re))
	}()
	f()
}

type T struct{ x int }

func main() {
	var s []int
	var m map[string]int
	var p *T
	var a any = "s"
	zero := 0
	catch("index", func() { _ = s[3] })
	lo, hi := 1, 0
	catch("slice", func() { _ = s[lo:hi:5] })
	catch("nilmap", func() { m["a"] = 1 })
	catch("div", func() { _ = 10 / zero })
	catch("nilptr", func() { _ = p.x })
	catch("assert", func() { _ = a.(int) })
	catch("custom", func() { panic(errors.New("plain error")) })
	catch("string", func() { panic("just a string") })
	catch("closed", func() { c := make(chan int); close(c); close(c) })
	catch("arr", func() { arr := [3]int{}; i := 5; _ = arr[i%8] })
}
