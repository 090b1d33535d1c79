// Proves arrays of comparable elements compare with == and != element-wise, including strings, structs, floats (NaN) and nested arrays.
package main

import (
	"fmt"
	"math"
)

type P struct {
	X, Y int
}

func main() {
	a := [3]int{1, 2, 3}
	b := [3]int{1, 2, 3}
	c := [3]int{1, 2, 4}
	fmt.Println(a == b, a != b, a == c, a != c)
	s1 := [2]string{"x", "y"}
	s2 := [2]string{"x", "y" + ""}
	fmt.Println(s1 == s2)
	p1 := [2]P{{1, 2}, {3, 4}}
	p2 := [2]P{{1, 2}, {3, 4}}
	p2[1].Y++
	fmt.Println(p1 == p2, p1 == [2]P{{1, 2}, {3, 4}})
	nan := math.NaN()
	f := [2]float64{1, nan}
	g := f
	fmt.Println(f == g, [1]float64{0} == [1]float64{math.Copysign(0, -1)})
	n1 := [2][2]int{{1, 2}, {3, 4}}
	n2 := [2][2]int{{1, 2}, {3, 4}}
	fmt.Println(n1 == n2)
	n2[1][0] = 0
	fmt.Println(n1 == n2)
	var e1, e2 [0]int
	fmt.Println(e1 == e2)
	var z [3]bool
	fmt.Println(z == [3]bool{}, z == [3]bool{2: true})
}
