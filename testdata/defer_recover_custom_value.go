// Proves recover returns the exact panic value of any kind, re-panicking propagates, and defers of outer frames still run.
package main

import "fmt"

type Code int

func catch(f func()) (got any) {
	defer func() {
		if r := recover(); r != nil {
			got = r
		}
	}()
	f()
	return "no panic"
}

func main() {
	fmt.Println(catch(func() { panic("text") }))
	fmt.Println(catch(func() { panic(Code(7)) }))
	fmt.Printf("%T\n", catch(func() { panic(Code(7)) }))
	fmt.Println(catch(func() { panic(fmt.Errorf("wrapped")) }))
	fmt.Println(catch(func() {}))
	fmt.Println(catch(func() {
		defer func() {
			r := recover()
			panic(fmt.Sprint("re-panic of ", r))
		}()
		panic("first")
	}))
	fmt.Println(catch(func() {
		defer fmt.Println("inner defer runs during panicking")
		var p *int
		_ = *p
	}))
}
