// Proves zero values of every kind of type, := vs var, shadowing in blocks, and multi-variable declarations.
package main

import "fmt"

type S struct {
	I int
	F float64
	B bool
	St string
	P *int
	Sl []int
	Ch chan int
	Fn func()
	A [2]bool
}

var pkgLevel int

func main() {
	var s S
	fmt.Printf("%+v\n", s)
	fmt.Println(s.P == nil, s.Sl == nil, s.Ch == nil, s.Fn == nil)
	var (
		i  int
		f  float32
		c  complex64
		r  rune
		by byte
		u  uintptr
	)
	fmt.Println(i, f, c, r, by, u, pkgLevel)
	a, b := 1, "two"
	a, c2 := 3, 4.5 // a reused, c2 new
	fmt.Println(a, b, c2)
	x := 1
	{
		x := 2
		x++
		fmt.Println("block x", x)
	}
	fmt.Println("outer x", x)
	{
		x = 5 // assigns outer
	}
	fmt.Println(x)
	var p, q, rr = 1, "q", true
	fmt.Println(p, q, rr)
}
