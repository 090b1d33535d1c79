// Proves every compound assignment operator (+= -= *= /= %= &= |= ^= <<= >>= &^=), ++/-- on variables, fields, elements and through pointers.
package main

import "fmt"

type T struct {
	n   int
	arr [3]int
}

func main() {
	x := 100
	x += 5
	x -= 3
	x *= 2
	x /= 7
	x %= 10
	fmt.Println(x)
	y := 0b1111
	y &= 0b1010
	y |= 0b0100
	y ^= 0b0011
	y <<= 2
	y >>= 1
	y &^= 0b0010
	fmt.Println(y)
	s := "go"
	s += "pher"
	fmt.Println(s)
	f := 1.5
	f *= 4
	f -= 0.5
	fmt.Println(f)
	t := T{}
	t.n++
	t.arr[1]++
	t.arr[2]--
	p := &t
	p.n += 10
	p.arr[0] -= 4
	fmt.Println(t)
	sl := []int{1, 2, 3}
	sl[len(sl)-1] *= 10
	for i := range sl {
		sl[i]++
	}
	fmt.Println(sl)
	ip := &x
	*ip++
	*ip <<= 3
	fmt.Println(x)
	var u8 uint8 = 255
	u8++
	u8 += 255
	fmt.Println(u8)
	c := 2 + 3i
	c *= c
	fmt.Println(c)
}
