// Proves defers in loops run last-in first-out with arguments evaluated at the defer statement, methods and closures deferred, and defers of callees run before the caller's.
package main

import "fmt"

type T struct{ name string }

func (t T) Say(s string) { fmt.Println(t.name, s) }

func (t *T) Rename(n string) { t.name = n }

func inner() {
	defer fmt.Println("inner defer")
	fmt.Println("inner body")
}

func main() {
	defer fmt.Println("main last")
	for i := 0; i < 3; i++ {
		defer fmt.Println("loop", i)
	}
	x := 1
	defer fmt.Println("x at defer:", x)
	defer func() { fmt.Println("x in closure:", x) }()
	x = 2
	t := T{"a"}
	defer t.Say("value receiver copy")
	defer t.Rename("ignored")
	t.name = "b"
	inner()
	fmt.Println("main body", t.name)
}
