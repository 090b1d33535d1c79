// Proves slices of slices (jagged 2-D): independent row lengths, shared rows, building Pascal's triangle.
package main

import "fmt"

func main() {
	tri := make([][]int, 6)
	for i := range tri {
		tri[i] = make([]int, i+1)
		tri[i][0], tri[i][i] = 1, 1
		for j := 1; j < i; j++ {
			tri[i][j] = tri[i-1][j-1] + tri[i-1][j]
		}
	}
	for _, row := range tri {
		fmt.Println(row)
	}
	grid := [][]string{{"a"}, {"b", "c"}, {}}
	grid[2] = append(grid[2], "d", "e", "f")
	fmt.Println(grid, len(grid[2]))
	shared := []int{1, 2, 3}
	m := [][]int{shared, shared}
	m[0][0] = 100
	fmt.Println(m)
	var empty [][]int
	empty = append(empty, nil, []int{})
	fmt.Println(len(empty), empty[0] == nil, empty[1] == nil)
}
