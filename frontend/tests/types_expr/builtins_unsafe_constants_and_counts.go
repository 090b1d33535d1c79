package main

import "unsafe"

type S struct {
	a int8
	b int64
	T
}

type T struct{ c int }

func main() {
	var s S
	const off = unsafe.Offsetof(s.b)
	const sz = unsafe.Sizeof(s)
	const al = unsafe.Alignof(s.b)
	var a [off]int
	var b [sz]int
	var c [al]int
	_, _, _ = a, b, c
	_ = unsafe.Offsetof(s.c)
	var p *S
	_ = unsafe.Offsetof(p.b)
	_ = unsafe.Offsetof(s.nope)
	_ = cap(1)
	_ = len(1, 2)
	_ = len()
	_ = copy()
	_ = append()
}
