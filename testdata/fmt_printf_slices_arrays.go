// Proves formatting of slices and arrays: %v %d %x %q %#v %T, nested slices, slices of structs and pointers' elements.
package main

import "fmt"

type P struct{ A, B int }

func main() {
	s := []int{1, 2, 300}
	a := [3]string{"x", "", "z"}
	fmt.Printf("%v|%d|%x|%X|%05d|%T\n", s, s, s, s, s, s)
	fmt.Printf("%v|%q|%#v|%T\n", a, a, a, a)
	fmt.Printf("%#v|%#v\n", s, []string{"a"})
	nested := [][]int{{1}, {2, 3}, nil}
	fmt.Printf("%v|%#v\n", nested, nested)
	ps := []P{{1, 2}, {3, 4}}
	fmt.Printf("%v|%+v|%#v\n", ps, ps, ps)
	fl := []float64{1, 2.5, 1e9}
	fmt.Printf("%v|%.1f|%6.2f\n", fl, fl, fl)
	bs := [4]byte{1, 2, 0xa, 0xff}
	fmt.Printf("%v|%x|% x|%s\n", bs, bs, bs, []byte("hi"))
	var bools [2]bool
	fmt.Printf("%v|%t\n", bools, bools)
	rs := []rune("hé")
	fmt.Printf("%v|%c|%q|%U\n", rs, rs, rs, rs)
	fmt.Printf("%v %v\n", [0]int{}, [][]string{{}})
	ptrs := []*P{{1, 2}}
	fmt.Printf("%v\n", *ptrs[0])
}
