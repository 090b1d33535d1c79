// Arrays of arrays: value copies at every level, comparison, range copies, pointers to inner arrays, and fmt.
package main

import "fmt"

type Grid [3][3]int

func (g Grid) Transpose() Grid {
	var t Grid
	for i := range g {
		for j := range g[i] {
			t[j][i] = g[i][j]
		}
	}
	return t
}

func main() {
	var g Grid
	for i := range 3 {
		for j := range 3 {
			g[i][j] = i*3 + j
		}
	}
	h := g
	h[1][1] = 100
	fmt.Println(g[1][1], h[1][1], g == h, g == g.Transpose().Transpose())
	fmt.Println(g.Transpose())
	row := &g[2]
	row[0] = -1
	fmt.Println(g[2])
	for _, r := range g {
		r[0] = 999
	}
	fmt.Println(g[0][0])
	var cube [2][2][2]string
	cube[1][0][1] = "x"
	fmt.Printf("%v %q\n", cube, cube[1])
	m := map[[2][2]int]string{{{1, 2}, {3, 4}}: "a"}
	fmt.Println(m[[2][2]int{{1, 2}, {3, 4}}])
	fmt.Printf("%#v\n", [2][1]bool{})
	fmt.Println(len(cube), len(cube[0]), len(cube[0][0]))
}
