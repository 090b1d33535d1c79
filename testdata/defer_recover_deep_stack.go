// A panic deep in recursion (many stack segments) recovered at the top; the stack is reused afterwards, twice.
package main

import "fmt"

var deferred int

func down(n int, buf [64]int) int {
	if n == 0 {
		panic(fmt.Sprint("bottom reached, buf ", buf[0]))
	}
	if n%1000 == 0 {
		defer func() { deferred++ }()
	}
	buf[0]++
	return down(n-1, buf) + 1
}

func run(depth int) (res string) {
	defer func() {
		res = fmt.Sprint(recover())
	}()
	down(depth, [64]int{})
	return "no panic"
}

func main() {
	fmt.Println(run(50000), deferred)
	fmt.Println(run(100000), deferred)
	fmt.Println(run(10), deferred)
}
