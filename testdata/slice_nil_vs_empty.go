// Proves the difference between a nil slice and an empty slice: == nil, len, cap, printing, append and range behave alike.
package main

import "fmt"

func main() {
	var a []int
	b := []int{}
	c := make([]int, 0)
	d := make([]int, 0, 5)
	e := b[:0]
	fmt.Println(a == nil, b == nil, c == nil, d == nil, e == nil)
	fmt.Println(len(a), cap(a), len(b), cap(b), len(d), cap(d))
	fmt.Println(a, b, c)
	fmt.Printf("%v %v %d %q\n", a, b, a, []string(nil))
	fmt.Printf("%#v %#v\n", a, b)
	for range a {
		fmt.Println("never")
	}
	a = append(a, 1)
	fmt.Println(a, a == nil)
	var s []string
	s = s[:0]
	fmt.Println(s == nil, len(s))
	s2 := a[:0]
	fmt.Println(s2 == nil, len(s2))
	s3 := a[0:0:0]
	fmt.Println(s3 == nil)
	var nb []byte
	fmt.Println(string(nb) == "", len(nb[0:]))
}
