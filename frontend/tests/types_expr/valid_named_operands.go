package main

type T int
type S string
type B bool

type U struct{ t T }

func main() {
	var a, b T
	_ = a + b
	_ = -a
	var s S
	_ = s + s
	var c B
	_ = !c
	var u, v U
	_ = u == v
	_ = a << 2
	_ = len(s)
}
