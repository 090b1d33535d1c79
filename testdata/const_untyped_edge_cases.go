// Untyped constant edge cases: huge intermediates, exact float arithmetic, rune/string/bool constants, default types.
package main

import (
	"fmt"
	"math"
)

const Big = 1 << 100
const Small = Big >> 98
const Third = 1.0 / 3
const Exact = Third * 3
const Huge = 1e300 * 1e300 / 1e300

type Weekday int

const (
	Sunday Weekday = iota
	Monday
)

const c = 'a' + 1
const s = "con" + "cat"
const b = 1 < 2 && s == "concat"

func main() {
	fmt.Println(Small, Exact == 1, Huge == 1e300)
	fmt.Printf("%T %v\n", c, c)
	fmt.Printf("%T %v %T\n", s, b, b)
	var f32 float32 = Third
	fmt.Println(f32, Third)
	fmt.Println(Big/(1<<98), uint64(Big>>40), math.MaxInt64, uint64(math.MaxUint64))
	x := 10
	fmt.Println(x/3, x/3.0 == 3, 7.0/2, 7/2)
	fmt.Printf("%T %T %T %T\n", 1, 1.0, 1i, 'x')
	fmt.Println(Monday, Sunday+2)
	var d = 1 << 62
	fmt.Println(d, -1<<63 == math.MinInt64)
	const h = 0x1p-2
	fmt.Println(h, 0o17, 0b101, 1_000_000, 'a'*2, "\u00e9" == "é")
	fmt.Println(len("abc"), len([3]int{}), cap([4]int{}))
	var u8 uint8 = 255
	u8 += 1
	fmt.Println(u8, ^uint8(0), ^0)
}
