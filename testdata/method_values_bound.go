// Proves method values bind their receiver when evaluated: a value receiver is copied then, a pointer receiver is shared.
package main

import "fmt"

type Box struct{ v int }

func (b Box) Get() int   { return b.v }
func (b *Box) PGet() int { return b.v }
func (b *Box) Set(v int) { b.v = v }

func main() {
	b := Box{1}
	get := b.Get   // copies b now
	pget := b.PGet // takes &b
	set := b.Set
	set(2)
	fmt.Println(get(), pget(), b.v)
	b.v = 3
	fmt.Println(get(), pget())
	fs := []func() int{b.Get, b.PGet}
	b.v = 4
	fmt.Println(fs[0](), fs[1]())
	p := &Box{10}
	pv := p.Get // copies *p now
	p.v = 11
	fmt.Println(pv(), p.Get())
	apply := func(f func(int)) { f(99) }
	apply(p.Set)
	fmt.Println(p.v)
	fmt.Printf("%T %T\n", get, set)
}
