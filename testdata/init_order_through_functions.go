// Proves initialisation dependencies are found through function bodies and method references, not only direct uses.
package main

import "fmt"

var first = useSecond() // depends on second through useSecond

var second = compute()

var third = T{}.val() // depends on base via the method

var base = 7

type T struct{}

func (T) val() int { return base * 3 }

func useSecond() int {
	return second * 2
}

func compute() int {
	fmt.Println("compute runs first")
	return 21
}

func main() {
	fmt.Println(first, second, third, base)
}
