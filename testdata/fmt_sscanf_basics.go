// Sscanf, Sscan and Sscanln: verbs %d %s %f %x %q %c %v, literal text matching, counts and errors.
package main

import "fmt"

func main() {
	var a, b int
	var s string
	var f float64
	n, err := fmt.Sscanf("12 abc 3.5 7", "%d %s %f %d", &a, &s, &f, &b)
	fmt.Println(n, err, a, s, f, b)
	var h int
	var q string
	n, err = fmt.Sscanf("ff \"quoted str\"", "%x %q", &h, &q)
	fmt.Println(n, err, h, q)
	var x, y int
	n, err = fmt.Sscanf("(3, 4)", "(%d, %d)", &x, &y)
	fmt.Println(n, err, x, y)
	n, err = fmt.Sscanf("5 x", "%d %d", &x, &y)
	fmt.Println(n, err != nil, x)
	var w1, w2 string
	var i3 int
	n, err = fmt.Sscan("hello  world\n 42", &w1, &w2, &i3)
	fmt.Println(n, err, w1, w2, i3)
	var bb bool
	var u uint8
	n, err = fmt.Sscan("true 200", &bb, &u)
	fmt.Println(n, err, bb, u)
	n, err = fmt.Sscan("300", &u)
	fmt.Println(n, err != nil)
	var l1, l2 int
	n, err = fmt.Sscanln("1 2\n3", &l1, &l2)
	fmt.Println(n, err, l1, l2)
	var r rune
	n, err = fmt.Sscanf("é!", "%c", &r)
	fmt.Println(n, err, string(r))
	var v1 int
	var v2 float64
	n, err = fmt.Sscanf("-0x1F 1e3", "%v %v", &v1, &v2)
	fmt.Println(n, err, v1, v2)
	n, err = fmt.Sscan("", &v1)
	fmt.Println(n, err)
}
