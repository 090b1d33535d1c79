package main

import "fmt"

type Stringer interface{ String() string }

type name string

func (n name) String() string { return "name:" + string(n) }

type num int

func main() {
	var x any = 42
	var v any
	var ok bool
	v, ok = x.(int)
	fmt.Println(v, ok)
	v, ok = x.(string)
	fmt.Printf("%v %q %v\n", v, v, ok)

	var s Stringer
	var y any = name("bob")
	s, ok = y.(name)
	fmt.Println(s, ok, s.String())
	s, ok = x.(name)
	fmt.Println(s == nil, ok)

	// Assertion to an interface type into an interface-typed target.
	var z any
	z, ok = y.(Stringer)
	fmt.Println(z, ok)

	ch := make(chan int, 2)
	ch <- 7
	var r any
	r, ok = <-ch
	fmt.Printf("%v %T %v\n", r, r, ok)
	close(ch)
	r, ok = <-ch
	fmt.Printf("%v %T %v\n", r, r, ok)

	sch := make(chan name, 1)
	sch <- "ann"
	s, ok = <-sch
	fmt.Println(s, ok)

	// A named bool target.
	type flag bool
	var f flag
	var n any = num(3)
	v, f = n.(num)
	fmt.Printf("%v %T %v\n", v, v, f)

	// Struct values boxed into the target.
	type pt struct{ X, Y int }
	pch := make(chan pt, 1)
	pch <- pt{1, 2}
	r, ok = <-pch
	fmt.Printf("%+v %v\n", r, ok)
}
