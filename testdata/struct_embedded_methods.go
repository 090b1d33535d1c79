// Proves methods are promoted through embedding (value and pointer embedding), outer methods shadow inner ones.
package main

import "fmt"

type Counter struct {
	n int
}

func (c *Counter) Inc()         { c.n++ }
func (c Counter) Value() int    { return c.n }
func (c Counter) Describe() string { return fmt.Sprintf("Counter(%d)", c.n) }

type Named struct {
	Counter
	name string
}

func (n Named) Describe() string { return n.name + ":" + n.Counter.Describe() }

type Wrapper struct {
	*Named
}

func main() {
	var n Named
	n.name = "hits"
	n.Inc() // (&n.Counter).Inc()
	n.Inc()
	fmt.Println(n.Value(), n.Describe(), n.Counter.Describe())
	w := Wrapper{&n}
	w.Inc()
	fmt.Println(n.Value(), w.Value(), w.Describe())
	f := n.Inc // method value through promotion
	f()
	fmt.Println(n.n)
	g := Named.Describe
	fmt.Println(g(n))
	h := (*Named).Inc
	h(&n)
	fmt.Println(n.Value())
}
