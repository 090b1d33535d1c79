// Proves multi-dimensional arrays: literals, nested indexing, copy of rows, len of each dimension, and matrix multiply.
package main

import "fmt"

func main() {
	var grid [3][4]int
	for i := range grid {
		for j := range grid[i] {
			grid[i][j] = i*10 + j
		}
	}
	fmt.Println(grid)
	fmt.Println(len(grid), len(grid[0]))
	row := grid[1]
	row[0] = -1
	fmt.Println(row, grid[1])
	a := [2][2]int{{1, 2}, {3, 4}}
	b := [2][2]int{{5, 6}, {7, 8}}
	var c [2][2]int
	for i := 0; i < 2; i++ {
		for j := 0; j < 2; j++ {
			for k := 0; k < 2; k++ {
				c[i][j] += a[i][k] * b[k][j]
			}
		}
	}
	fmt.Println(c)
	cube := [2][2][2]string{{{"a", "b"}, {"c", "d"}}, {{"e", "f"}, {"g", "h"}}}
	fmt.Println(cube[1][0][1], cube)
	id := [3][3]float64{0: {0: 1}, 1: {1: 1}, 2: {2: 1}}
	fmt.Println(id)
	p := &grid[2]
	p[3] = 1000
	fmt.Println(grid[2])
}
