// Proves integer verbs: %d %b %o %O %x %X %c %q %U with width, precision, and flags - + # 0 space, on signed and unsigned types.
package main

import "fmt"

func main() {
	for _, n := range []int{0, 7, -7, 255, -255, 123456} {
		fmt.Printf("[%d] [%5d] [%-5d] [%05d] [%+d] [% d] [%x] [%X] [%#x] [%o] [%#o] [%O] [%b] [%.3d] [%8.3d]\n",
			n, n, n, n, n, n, n, n, n, n, n, n, n, n, n)
	}
	var u8 uint8 = 200
	var i8 int8 = -100
	var u64 uint64 = 1<<64 - 1
	fmt.Printf("%d %d %d %x %X\n", u8, i8, u64, u64, i8)
	fmt.Printf("%c %c %q %U %#U\n", 65, 0x4e16, 'x', 0x1F600, 'ä')
	fmt.Printf("%08b|%-8b|%#b\n", 5, 5, 5)
	fmt.Printf("%x % x %#x\n", -1, 255, -255)
	fmt.Printf("%v %v\n", int64(-1<<63), uint32(1<<32-1))
	fmt.Printf("%6.2d|%-6.2d|%06d\n", 3, 3, -3)
	fmt.Printf("%.0d|%.0d|\n", 0, 1)
}
