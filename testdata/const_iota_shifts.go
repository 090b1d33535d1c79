// Proves iota in shift expressions: byte-size constants (KB..YB as untyped, exceeding 64 bits) and typed float results.
package main

import "fmt"

type ByteSize float64

const (
	_           = iota
	KB ByteSize = 1 << (10 * iota)
	MB
	GB
	TB
	PB
	EB
	ZB
	YB
)

const (
	_  = iota
	kb = 1 << (10 * iota)
	mb
	gb
	tb
)

const (
	bit0, mask0 = 1 << iota, 1<<iota - 1
	bit1, mask1
	_, _
	bit3, mask3
)

func main() {
	fmt.Println(KB, MB, GB, TB)
	fmt.Println(PB, EB, ZB, YB)
	fmt.Println(kb, mb, gb, tb)
	fmt.Println(YB/ZB, ZB/EB)
	fmt.Println(bit0, mask0, bit1, mask1, bit3, mask3)
	const huge = 1 << 100
	fmt.Println(huge >> 90)
	var u8 uint8 = 1 << 7
	fmt.Println(u8)
}
