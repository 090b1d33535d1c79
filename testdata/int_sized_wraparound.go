// Proves two's-complement wrap-around of every sized integer type on +, -, * and ++/--.
package main

import "fmt"

func main() {
	var i8 int8 = 127
	i8++
	fmt.Println("int8:", i8, i8-1, i8*i8)
	var i16 int16 = 32767
	i16 += 1
	fmt.Println("int16:", i16)
	var i32 int32 = 2147483647
	i32++
	fmt.Println("int32:", i32)
	var i64 int64 = 9223372036854775807
	i64++
	fmt.Println("int64:", i64)
	var u8 uint8 = 0
	u8--
	fmt.Println("uint8:", u8, u8+2)
	var u16 uint16 = 65535
	u16++
	fmt.Println("uint16:", u16)
	var u32 uint32 = 0
	u32 -= 1
	fmt.Println("uint32:", u32)
	var u64 uint64 = 0
	u64--
	fmt.Println("uint64:", u64)
	var u uint = 0
	u--
	fmt.Println("uint:", u == 1<<64-1)
	var n int = 1 << 62
	n *= 4
	fmt.Println("int:", n)
	// multiplication overflow keeps low bits
	var m32 int32 = 65536
	h := int32(100000)
	fmt.Println("int32 mul:", m32*m32, h*h)
	var b byte = 200
	fmt.Println("byte:", b+b, b*2, -b)
	var neg int8 = -128
	fmt.Println("-(-128):", -neg, neg-1)
	// unsigned negation
	var x uint32 = 5
	fmt.Println("-uint32(5):", -x)
}
