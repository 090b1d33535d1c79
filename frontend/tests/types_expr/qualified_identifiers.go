package main

import "unsafe"

func main() {
	_ = unsafe.sizeof(1)
	_ = unsafe.Foo
	_ = unsafe.Pointer(nil)
	var p unsafe.Pointer
	_ = uintptr(p)
	_ = unsafe.Sizeof
	x := unsafe.Sizeof(int32(0))
	var y [x]int
	_ = y
}
