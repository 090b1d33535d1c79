// Sscan into every basic kind: ints in bases, unsigned overflow, floats, bools, strings, runes, and a named type.
package main

import "fmt"

type Celsius float64

func main() {
	var (
		i   int
		i8  int8
		u16 uint16
		f32 float32
		f64 float64
		b   bool
		s   string
		c   Celsius
	)
	n, err := fmt.Sscan("-12 127 65535 1.5 -2.5e3 false word 36.6", &i, &i8, &u16, &f32, &f64, &b, &s, &c)
	fmt.Println(n, err, i, i8, u16, f32, f64, b, s, c)
	n, err = fmt.Sscan("128", &i8)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("0x1f 0b101 0o17", "%v %v %v", &i, &u16, &i8)
	fmt.Println(n, err, i, u16, i8)
	n, err = fmt.Sscanf("7f 101 17", "%x %b %o", &i, &u16, &i8)
	fmt.Println(n, err, i, u16, i8)
	n, err = fmt.Sscan("notanumber", &i)
	fmt.Println(n, err)
	n, err = fmt.Sscan("T", &b)
	fmt.Println(n, err, b)
	var a, bb string
	n, err = fmt.Sscanf("key=value", "%3s=%s", &a, &bb)
	fmt.Println(n, err, a, bb)
}
