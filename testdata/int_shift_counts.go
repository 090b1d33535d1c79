// Proves shifts by counts at and beyond the operand width: left shifts give 0, signed right shifts give 0 or -1.
package main

import "fmt"

func main() {
	counts := []uint{0, 1, 7, 8, 9, 15, 16, 31, 32, 33, 63, 64, 65, 100, 255, 256, 1 << 20}
	for _, s := range counts {
		var i8 int8 = -3
		var u8 uint8 = 0xA5
		var i32 int32 = -12345
		var u32 uint32 = 0xDEADBEEF
		var i64 int64 = -1 << 40
		var u64 uint64 = 0xFEEDFACECAFEBEEF
		fmt.Println(s, i8<<s, i8>>s, u8<<s, u8>>s, i32<<s, i32>>s, u32<<s, u32>>s, i64<<s, i64>>s, u64<<s, u64>>s)
	}
	// shift count of a signed type (allowed since Go 1.13) when non-negative
	var c int = 3
	fmt.Println(1<<c, 1024>>c)
	var sc int8 = 70
	var one int64 = 1
	fmt.Println(one<<sc, (-one)>>sc)
	// large unsigned counts of other types
	var big uint64 = 1 << 63
	var v uint16 = 0xFFFF
	fmt.Println(v<<big, v>>big)
	// shifts in compound assignments
	x := 1
	x <<= 10
	x >>= 3
	fmt.Println(x)
}
