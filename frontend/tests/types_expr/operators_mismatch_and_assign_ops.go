package main

func main() {
	var x int
	var y int32
	_ = x + y
	var b bool
	_ = b + b
	_ = b && 1
	x += "s"
	_ = 1 + "a"
	var s string
	s -= "x"
	_ = +"a"
	var c complex128
	_ = c % c
	_ = 1 / 0i
	_ = 7.0 / 2
	_ = 'a' * 2.5
	_ = ~x
	var p *int
	_ = *x
	_ = *p
}
