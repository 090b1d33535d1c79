// Proves generic types embedding generic types: promoted methods (pointer and value receivers) called and taken as values inside generic methods, fixed-size arrays of T, and assertions to instantiated types.
package main

import "fmt"

type Inner[T any] struct{ v T }

func (i *Inner[T]) Set(v T) { i.v = v }
func (i Inner[T]) Get() T   { return i.v }

type Outer[T any] struct {
	Inner[T]
	n int
}

func (o *Outer[T]) Bump(v T) T {
	o.Set(v)
	o.n++
	g := o.Get
	return g()
}

type Ring[T any] struct {
	buf [4]T
	n   int
}

func (r *Ring[T]) Add(v T) { r.buf[r.n%len(r.buf)] = v; r.n++ }

type Getter[T any] interface{ Get() T }

func main() {
	var o Outer[string]
	fmt.Println(o.Bump("x"), o.n, o.Get())
	var g Getter[string] = &o
	o.Set("y")
	fmt.Println(g.Get())
	var r Ring[int]
	for i := range 6 {
		r.Add(i)
	}
	fmt.Println(r.buf, r.n)
	var a any = Inner[int]{5}
	if in, ok := a.(Inner[int]); ok {
		fmt.Println(in.Get())
	}
	_, ok := a.(Inner[string])
	fmt.Println(ok)
	fmt.Printf("%T %+v\n", o, o)
}
