// Typed constants of named types: arithmetic keeps the type, iota with expressions and skips, shifts of typed constants.
package main

import "fmt"

type Size uint64

const (
	_       = iota
	KB Size = 1 << (10 * iota)
	MB
	GB
)

type Dir int8

const (
	North Dir = iota * 90 / 90
	East
	_
	West
)

type Flag uint8

const (
	A Flag = 1 << iota
	B
	C
	All = A | B | C
)

func main() {
	fmt.Println(KB, MB, GB, GB/MB)
	fmt.Printf("%T %T %v\n", KB, GB*2, West)
	fmt.Println(North, East, West, -West)
	fmt.Println(A, B, C, All, All&^B, ^A)
	fmt.Printf("%T %08b\n", All, All)
	const big = 1 << 70
	fmt.Println(big>>68, Size(big>>10)/GB)
	var x uint8 = 200
	fmt.Println(x+100, x*2, -x, x<<1, x>>1)
	const f = 1.0 << 3
	fmt.Printf("%T %v\n", f, f)
	var s uint = 3
	fmt.Println(1<<s, int8(1)<<s<<4)
}
