// Method values taken from interfaces bind the dynamic value at evaluation time.
package main

import "fmt"

type Counter interface{ Inc() int }

type C struct{ n int }

func (c *C) Inc() int { c.n++; return c.n }

type V struct{ n int }

func (v V) Inc() int { v.n++; return v.n }

func main() {
	c := &C{}
	var i Counter = c
	f := i.Inc
	i = &C{n: 100}
	fmt.Println(f(), f(), i.Inc(), c.n)
	v := V{10}
	var j Counter = v
	g := j.Inc
	v.n = 50
	fmt.Println(g(), g(), v.n)
	h := Counter.Inc
	fmt.Println(h(c), h(V{1}))
	fs := []func() int{c.Inc, j.Inc, (&C{5}).Inc}
	for _, fn := range fs {
		fmt.Print(fn(), " ")
	}
	fmt.Println()
	var s fmt.Stringer
	defer func() { fmt.Println("recovered:", recover()) }()
	m := s.String
	fmt.Println("unreachable", m)
}
