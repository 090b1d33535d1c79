// Proves a runtime error deep in a call chain unwinds to the top and ends the program with Go's message (index out of range via a helper).
package main

import "fmt"

func level3(s []int, i int) int { return s[i] }
func level2(s []int, i int) int { return level3(s, i+1) * 2 }
func level1(s []int, i int) int { return level2(s, i+1) + 1 }

func main() {
	s := []int{1, 2, 3, 4}
	fmt.Println(level1(s, 0))
	fmt.Println(level1(s, 1))
	fmt.Println(level1(s, 2))
}
