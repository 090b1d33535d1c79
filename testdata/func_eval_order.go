// Proves Go's evaluation order: operands and arguments left to right, assignment in two phases (index expressions evaluated first).
package main

import "fmt"

var trace []string

func v(name string, x int) int {
	trace = append(trace, name)
	return x
}

func main() {
	_ = v("a", 1) + v("b", 2)*v("c", 3)
	fmt.Println(trace)
	trace = nil
	f := func(a, b, c int) {}
	f(v("x", 1), v("y", 2), v("z", 3))
	fmt.Println(trace)
	// tuple assignment: right side evaluated fully before assigning
	i := 0
	s := []int{10, 20, 30}
	i, s[i] = 1, 99 // s[0] is set: index evaluated before assignment
	fmt.Println(i, s)
	a, b, c := 1, 2, 3
	a, b, c = b, c, a
	fmt.Println(a, b, c)
	x := []int{1, 2, 3}
	j := 0
	j, x[j], x[j+1] = 2, j+100, j+200
	fmt.Println(j, x)
	trace = nil
	arr := []int{0, 0, 0}
	arr[v("idx", 1)] = v("val", 5)
	fmt.Println(trace, arr)
}
