package main

type I interface{ M(int) string }

type W struct{}

func (W) M(string) string { return "" }

type P struct{}

func (*P) M(int) string { return "" }

func main() {
	var i I = W{}
	var j I = P{}
	_, _ = i, j
	var f func()
	_ = f.x
	var s []int
	s.foo()
	var x int
	x.y = 1
}
