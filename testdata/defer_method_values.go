// Deferred method calls evaluate the receiver at the defer statement (value receivers copy it).
package main

import "fmt"

type T struct{ name string }

func (t T) Show()       { fmt.Println("value", t.name) }
func (t *T) ShowPtr()   { fmt.Println("pointer", t.name) }
func (t T) Arg(n int)   { fmt.Println("arg", t.name, n) }

type Shower interface{ Show() }

func main() {
	t := T{"first"}
	defer t.Show()
	defer t.ShowPtr()
	n := 1
	defer t.Arg(n)
	var s Shower = t
	defer s.Show()
	f := t.Show
	defer f()
	t.name = "second"
	n = 2
	s = T{"third"}
	fmt.Println("body done")
}
