package main

import "unsafe"

type A [unsafe.Sizeof(A{})]int

type B struct {
	x [len(B{}.y)]int
	y [3]int
}

func main() {}
