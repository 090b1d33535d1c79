// A deferred closure captures variables by reference; a deferred method value and func value evaluated at defer time.
package main

import "fmt"

type acc struct{ log []string }

func (a *acc) add(s string) { a.log = append(a.log, s) }

func run(a *acc) {
	x := "initial"
	f := func() { a.add("f1 " + x) }
	defer f()
	defer a.add("direct " + x)
	defer func() { a.add("closure " + x) }()
	f = func() { a.add("f2 " + x) }
	x = "changed"
	defer f()
}

func main() {
	a := &acc{}
	run(a)
	for _, l := range a.log {
		fmt.Println(l)
	}
}
