// Proves make([]T, len, cap) zero-fills, re-slicing up to cap extends len, and len/cap of sub-slices.
package main

import "fmt"

func main() {
	s := make([]int, 3, 8)
	fmt.Println(s, len(s), cap(s))
	s = s[:cap(s)]
	fmt.Println(s, len(s))
	s = s[2:5]
	fmt.Println(len(s), cap(s))
	s = s[:cap(s)]
	fmt.Println(len(s))
	f := make([]float64, 2)
	st := make([]string, 2)
	bs := make([]bool, 2)
	ps := make([]*int, 2)
	fmt.Printf("%v %q %v %v\n", f, st, bs, ps)
	n := 4
	dyn := make([]byte, n, n*2)
	fmt.Println(len(dyn), cap(dyn))
	type Point struct{ X, Y int }
	pts := make([]Point, 2)
	pts[1].X = 3
	fmt.Println(pts)
}
