package main

import "unsafe"

type S struct {
	a int8
	b int64
}

func (S) M() {}

func main() {
	var i int
	_ = real(i)
	_ = imag("a")
	_ = new(1)
	_ = new(nil)
	print(nil)
	_ = min(1, "a")
	_ = max(i, 1.5)
	var sl []int
	_ = min(sl)
	clear(i)
	var s S
	_ = unsafe.Offsetof(s.b)
	_ = unsafe.Offsetof(s)
	_ = unsafe.Offsetof(s.M)
	const sz = unsafe.Sizeof(s)
	const al = unsafe.Alignof(s.b)
	_ = [sz]int{}
	_ = [al]int{}
}
