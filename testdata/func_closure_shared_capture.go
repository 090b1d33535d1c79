// Proves closures capture variables, not values: several closures share one variable and see each other's writes.
package main

import "fmt"

func pair() (func(), func() int) {
	x := 0
	inc := func() { x++ }
	get := func() int { return x }
	return inc, get
}

func main() {
	inc, get := pair()
	inc()
	inc()
	fmt.Println(get())
	y := 10
	set := func(v int) { y = v }
	set(42)
	fmt.Println(y)
	y = 7
	show := func() int { return y }
	fmt.Println(show())
	s := []int{1, 2, 3}
	appendOne := func() { s = append(s, len(s)+1) }
	appendOne()
	appendOne()
	fmt.Println(s)
	total := 0
	each := func(f func(int)) {
		for _, v := range s {
			f(v)
		}
	}
	each(func(v int) { total += v })
	fmt.Println(total)
	// a closure capturing a variable declared in an enclosing closure
	outer := func() func() int {
		z := 100
		return func() int { z--; return z }
	}()
	fmt.Println(outer(), outer())
}
