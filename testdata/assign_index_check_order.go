// An assignment checks an index's bounds when it stores, after every
// operand of the statement is evaluated: earlier stores of a tuple
// assignment happen before a later one panics, and a call on the right
// runs before the left side's index panics.
package main

import "fmt"

func f() int { fmt.Println("f runs"); return 7 }

func try(f func()) {
	defer func() { fmt.Println("recovered:", recover()) }()
	f()
}

func main() {
	x := []int{1, 2, 3}
	try(func() {
		i := 0
		i, x[i], x[5] = 1, 100, 500
	})
	fmt.Println(x)

	var a [3]int
	try(func() {
		j := 4
		a[0], a[j] = 9, f()
	})
	fmt.Println(a)

	try(func() {
		var s []int
		s[0] = f()
	})

	try(func() {
		k := 3
		x[k] += f()
	})

	p := &a
	try(func() {
		k := -1
		p[1], p[k+1] = 5, 6
		x[k]++
	})
	fmt.Println(a)
}
