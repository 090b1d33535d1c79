// Proves arrays are values: assignment, passing to functions and range all copy; pointers to arrays share.
package main

import "fmt"

func modify(a [3]int) [3]int {
	a[0] = 100
	return a
}

func modifyPtr(a *[3]int) {
	a[0] = 200 // implicit dereference
}

func main() {
	a := [3]int{1, 2, 3}
	b := a
	b[1] = 20
	fmt.Println(a, b)
	c := modify(a)
	fmt.Println(a, c)
	modifyPtr(&a)
	fmt.Println(a)
	// range over an array iterates over a copy
	arr := [3]int{1, 2, 3}
	for i, v := range arr {
		arr[2] = 99
		fmt.Print(i, ":", v, " ")
	}
	fmt.Println(arr)
	// range over a pointer to array sees updates
	arr2 := [3]int{1, 2, 3}
	for i, v := range &arr2 {
		arr2[2] = 99
		fmt.Print(i, ":", v, " ")
	}
	fmt.Println()
	var zero [4]string
	fmt.Printf("%q %d\n", zero, len(zero))
	p := &a
	fmt.Println(p[2], len(p), (*p)[1])
	structs := [2]struct{ X int }{{1}, {2}}
	s2 := structs
	s2[0].X = 9
	fmt.Println(structs, s2)
}
