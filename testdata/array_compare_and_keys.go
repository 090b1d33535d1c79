// Arrays of structs, strings and floats compare element-wise (NaN never equal) and work as map keys.
package main

import (
	"fmt"
	"math"
)

type P struct {
	X, Y int
}

func main() {
	a := [3]P{{1, 2}, {3, 4}, {5, 6}}
	b := a
	fmt.Println(a == b)
	b[2].Y = 0
	fmt.Println(a == b, a != b)
	s1 := [2]string{"a", "b"}
	fmt.Println(s1 == [2]string{"a", "b"}, s1 == [2]string{"a", "c"})
	f := [2]float64{1, math.NaN()}
	g := f
	fmt.Println(f == g, [2]float64{0, 1} == [2]float64{math.Copysign(0, -1), 1})
	m := map[[2]P]string{}
	m[[2]P{{1, 1}, {2, 2}}] = "x"
	fmt.Println(m[[2]P{{1, 1}, {2, 2}}], len(m))
	var z [0]int
	fmt.Println(z == [0]int{}, len(z))
	i := [2]any{1, "x"}
	fmt.Println(i == [2]any{1, "x"}, i == [2]any{1.0, "x"})
}
