package main

type S struct {
	a []int
}

type A [2][]int

func f() {}

func main() {
	var a, b []int
	_ = a == b
	var m map[int]int
	_ = m == m
	_ = f == f
	var s S
	_ = s == s
	var arr A
	_ = arr == arr
	_ = nil == nil
	var i int
	var j int32
	_ = i == j
	_ = i < "a"
	var p *int
	_ = p < p
	_ = a == nil
	var e error
	_ = e == 1
	switch i {
	case "a":
	}
}
