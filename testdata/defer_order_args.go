// Proves deferred calls run last-in first-out at function return, with arguments evaluated at the defer statement.
package main

import "fmt"

func trace() (result int) {
	for i := 0; i < 3; i++ {
		defer fmt.Println("deferred", i)
	}
	x := 10
	defer fmt.Println("x at defer time:", x)
	x = 20
	defer func() { fmt.Println("closure sees x =", x) }()
	defer func() { result *= 2 }() // modifies the named result after return
	return 21
}

func main() {
	fmt.Println("result", trace())
}
