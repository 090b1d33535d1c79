package main

const (
	a = 7 / 2
	b = 7.0 / 2
	c = "x" + "y"
	d = ^uint8(0)
	e = -uint(1)
	f = 1 << 511 * 4
	g = ^0
	h = uint8(255) + 1
	i = 'a' * 2
	j = 5 % 3.0
	k = 1 / (0i)
)

var arr [a]int
var arr2 [len(c)]int
var x int8 = -128
var y int8 = -129
var z = 10 / 3 * 3.0

func main() {
	const m = 1 << 600 >> 599
	_ = m
	const big = 1 << 511 + 1<<511
	_ = big + big
	_ = arr
	_ = arr2
}
