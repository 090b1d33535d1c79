// Proves integer conversions truncate high bits, sign-extend signed sources and zero-extend unsigned ones.
package main

import "fmt"

func main() {
	var big int64 = 0x123456789ABCDEF0
	fmt.Println(int8(big), uint8(big), int16(big), uint16(big), int32(big), uint32(big))
	var neg int32 = -2
	fmt.Println(uint32(neg), uint64(neg), int64(neg), uint8(neg), uint16(neg))
	var u8 uint8 = 0xFF
	fmt.Println(int8(u8), int16(u8), int64(u8), int64(int8(u8)))
	var u64 uint64 = 1<<64 - 1
	fmt.Println(int64(u64), int(u64), int32(u64), uint32(u64))
	var i int = 300
	fmt.Println(byte(i), rune(i), int8(i))
	var u32 uint32 = 0x80000000
	fmt.Println(int32(u32), int64(u32), int64(int32(u32)))
	var up uintptr = 42
	fmt.Println(int(up)+1, uintptr(i))
	// conversion chain
	x := -1
	fmt.Println(uint16(uint8(x)), uint16(int8(x)))
}
