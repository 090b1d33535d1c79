// Proves iota's forms: implicit repetition, skipped values, expressions, several constants per line, reset per block.
package main

import "fmt"

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	_
	Thursday
)

const (
	A, B = iota, iota * 10
	C, D
	E, F
)

const (
	x0 = "s"
	x1 = iota // iota counts lines, not uses
	x2
)

const (
	p = iota * iota
	q
	r
	s = 100
	t
	u = iota + 1
)

const single = iota

const (
	bitA = 1 << iota
	bitB
	bitC
	mask = bitA | bitB | bitC
)

func main() {
	fmt.Println(Sunday, Monday, Tuesday, Thursday)
	fmt.Printf("%T\n", Thursday)
	fmt.Println(A, B, C, D, E, F)
	fmt.Println(x0, x1, x2)
	fmt.Println(p, q, r, s, t, u)
	fmt.Println(single, bitA, bitB, bitC, mask)
	const (
		local = iota + 'a'
		local2
	)
	fmt.Println(local, string(rune(local2)))
}
