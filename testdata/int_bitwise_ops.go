// Proves bitwise operators &, |, ^, &^, unary ^ on signed and unsigned integers, and their compound assignments.
package main

import "fmt"

func main() {
	a, b := 0b1100_1010, 0b1010_0110
	fmt.Printf("%08b %08b %08b %08b\n", a&b, a|b, a^b, a&^b)
	var u uint8 = 0x0F
	fmt.Println(^u, ^0, ^-1, ^int8(5))
	var x uint32 = 0xF0F0F0F0
	x &= 0xFF00FF00
	fmt.Printf("%#x\n", x)
	x |= 0x0000000F
	fmt.Printf("%#x\n", x)
	x ^= 0xFFFFFFFF
	fmt.Printf("%#x\n", x)
	x &^= 0x0F0F0F0F
	fmt.Printf("%#x\n", x)
	var s int16 = -1
	fmt.Println(s&0x7FFF, s^s, s|0)
	// bit tricks
	n := 40
	fmt.Println(n&(n-1), n&-n, n%8 == n&7)
}
