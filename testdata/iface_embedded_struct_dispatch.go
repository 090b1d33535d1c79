// Interface dispatch through methods promoted from embedded structs and pointers, and overriding.
package main

import "fmt"

type Namer interface{ Name() string }
type Greeter interface {
	Namer
	Greet() string
}

type Base struct{ id int }

func (b Base) Name() string   { return fmt.Sprintf("base%d", b.id) }
func (b *Base) Greet() string { return "hello from " + b.Name() }

type Derived struct {
	Base
	extra string
}

func (d Derived) Name() string { return "derived:" + d.extra }

type ViaPtr struct{ *Base }

func main() {
	var n Namer = Base{1}
	fmt.Println(n.Name())
	n = Derived{Base{2}, "x"}
	fmt.Println(n.Name())
	var g Greeter = &Derived{Base{3}, "y"}
	fmt.Println(g.Name(), "|", g.Greet())
	g = ViaPtr{&Base{4}}
	fmt.Println(g.Name(), "|", g.Greet())
	items := []Namer{Base{5}, Derived{Base{6}, "z"}, &Base{7}, ViaPtr{&Base{8}}}
	for i, it := range items {
		fmt.Printf("%d %T %s\n", i, it, it.Name())
	}
}
