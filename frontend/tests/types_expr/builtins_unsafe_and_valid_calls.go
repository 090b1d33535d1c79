package main

import "unsafe"

func main() {
	var p *int
	_ = unsafe.Slice(p, 3)
	_ = unsafe.Slice(1, 3)
	_ = unsafe.String(p, 3)
	var b byte
	_ = unsafe.String(&b, -1)
	_ = unsafe.SliceData([]int{})
	_ = unsafe.SliceData(1)
	_ = unsafe.StringData("a")
	_ = unsafe.Add(unsafe.Pointer(p), 1)
	_ = unsafe.Add(p, 1)
	len("a")
	_ = len([3]int{}) + cap([4]int{})
	const c = len([3]int{})
	const d = len("abc")
	_ = append([]byte{}, "x"...)
	_ = append([]int{}, 1, 2, 3)
	_ = append([]int{}, []int{1}...)
	_ = recover()
	panic("x")
	println(1, "a", 2.5, nil)
}
