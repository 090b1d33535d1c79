package main

type T struct{ f int }

func get() T { return T{} }

func main() {
	m := map[string]T{}
	m["a"].f = 1
	get().f = 2
	1 = 2
	x := 1
	x := 2
	a, a := 1, 2
	var s []int
	s[0], y := 1, 2
	_ = y
	const c = 1
	c = 2
	_ = x
	var p *int
	p = "s"
}
