// Print and %v/%d/%x of every integer type at its limits, including named types and byte/rune aliases.
package main

import (
	"fmt"
	"math"
)

type Small int8
type Big uint64

func main() {
	fmt.Println(int8(math.MinInt8), int16(math.MinInt16), int32(math.MinInt32), int64(math.MinInt64))
	fmt.Println(uint8(math.MaxUint8), uint16(math.MaxUint16), uint32(math.MaxUint32), uint64(math.MaxUint64))
	fmt.Println(int(math.MaxInt), uint(math.MaxUint), uintptr(math.MaxUint64))
	fmt.Println(Small(-5), Big(1<<63), byte('A'), rune('A'))
	fmt.Printf("%x %X %o %b\n", int8(-1), uint16(0xBEEF), uint32(8), int64(-5))
	fmt.Printf("%v %d %c %q %U\n", byte(65), rune(0x263A), rune(0x263A), rune(0x263A), rune(0x263A))
	fmt.Printf("%T %T %T %T\n", byte(0), rune(0), Small(0), Big(0))
	fmt.Printf("%08b|%-6o|%#X|% d|%+d\n", uint8(5), 64, 3054, int16(-3), uint8(3))
	fmt.Println([]byte{1, 2}, []rune{'a', 'b'}, [2]Small{-1, 1}, []Big{2, 3})
}
