// Proves the comma-ok forms: :=, =, into blank, into interface and field targets, in if and switch headers.
package main

import "fmt"

type Box struct {
	V  int
	OK bool
}

func main() {
	m := map[string]int{"one": 1, "zero": 0}
	v, ok := m["one"]
	fmt.Println(v, ok)
	v, ok = m["zero"]
	fmt.Println(v, ok)
	v, ok = m["none"]
	fmt.Println(v, ok)
	_, ok = m["one"]
	fmt.Println(ok)
	var b Box
	b.V, b.OK = m["one"]
	fmt.Println(b)
	var i interface{}
	i, ok = m["zero"]
	fmt.Printf("%T %v %v\n", i, i, ok)
	if x, found := m["one"]; found {
		fmt.Println("found", x)
	}
	if _, found := m["two"]; !found {
		fmt.Println("not found")
	}
	switch _, found := m["zero"]; {
	case found:
		fmt.Println("zero present")
	}
	ms := map[int][]string{1: {"a"}}
	s, ok := ms[1]
	s2, ok2 := ms[2]
	fmt.Println(s, ok, s2 == nil, ok2)
	type big struct{ a [40]int }
	mb := map[int]big{1: {a: [40]int{39: 7}}}
	bb, ok := mb[1]
	bz, okz := mb[2]
	fmt.Println(bb.a[39], ok, bz.a[39], okz)
}
