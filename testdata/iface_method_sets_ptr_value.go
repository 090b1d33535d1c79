// Method sets: T's value methods and *T's all methods; interface satisfaction, copies held in interfaces.
package main

import "fmt"

type Counter struct{ n int }

func (c Counter) Get() int { return c.n }
func (c *Counter) Inc()    { c.n++ }

type Getter interface{ Get() int }
type Incer interface {
	Inc()
	Get() int
}

func main() {
	c := Counter{1}
	var g Getter = c
	c.n = 100
	fmt.Println(g.Get(), c.Get())
	var i Incer = &c
	i.Inc()
	i.Inc()
	fmt.Println(i.Get(), c.n)
	g = &c
	c.n = 7
	fmt.Println(g.Get())
	var any1 any = c
	_, isIncer := any1.(Incer)
	_, isGetter := any1.(Getter)
	fmt.Println(isIncer, isGetter)
	var any2 any = &c
	_, isIncer = any2.(Incer)
	fmt.Println(isIncer)
	cs := []Counter{{1}, {2}}
	for _, x := range cs {
		x.Inc()
	}
	for i := range cs {
		cs[i].Inc()
	}
	fmt.Println(cs)
}
