// Intended error: a variadic parameter that is not the final one.
package main

import "fmt"

func f(xs ...int, y int) int { return y }

func main() {
	fmt.Println(f(1, 2))
}
