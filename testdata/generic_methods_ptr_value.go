// Generic types with value and pointer methods, method values and expressions on instances, embedding a generic type.
package main

import "fmt"

type Cell[T any] struct{ v T }

func (c Cell[T]) Get() T   { return c.v }
func (c *Cell[T]) Set(v T) { c.v = v }

type Named[T any] struct {
	Cell[T]
	Name string
}

type Getter[T any] interface{ Get() T }

func main() {
	var c Cell[int]
	c.Set(5)
	get := c.Get
	c.Set(6)
	fmt.Println(get(), c.Get())
	set := (*Cell[string]).Set
	var s Cell[string]
	set(&s, "hi")
	fmt.Println(Cell[string].Get(s))
	n := Named[float64]{Name: "n"}
	n.Set(1.5)
	fmt.Println(n.Get(), n.Name, n)
	var g Getter[float64] = n
	fmt.Println(g.Get())
	var gp Getter[float64] = &n
	n.Set(2.5)
	fmt.Println(gp.Get(), g.Get())
	fmt.Printf("%T %T\n", g, gp)
}
