// Proves unsafe.Slice, unsafe.String, unsafe.SliceData, unsafe.StringData and unsafe.Add share memory as Go's do, and unsafe.Slice with a negative length panics.
package main

import (
	"fmt"
	"unsafe"
)

func main() {
	buf := []byte("hello, world")
	p := unsafe.SliceData(buf)
	s := unsafe.String(p, 5)
	fmt.Println(s, len(s))
	q := (*byte)(unsafe.Add(unsafe.Pointer(p), 7))
	fmt.Println(unsafe.String(q, 5))
	arr := [4]int{1, 2, 3, 4}
	sl := unsafe.Slice(&arr[1], 2)
	sl[0] = 20
	fmt.Println(arr, len(sl), cap(sl))
	d := unsafe.StringData("xyz")
	fmt.Println(*d == 'x')
	var nilp *int
	fmt.Println(len(unsafe.Slice(nilp, 0)))
	n := -1
	defer func() { fmt.Println("recovered:", recover()) }()
	_ = unsafe.Slice(&arr[0], n)
}
