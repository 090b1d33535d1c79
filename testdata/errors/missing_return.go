// Intended error: a function with a result and no terminating return.
package main

import "fmt"

func f(n int) int {
	fmt.Println(n)
}

func main() {
	fmt.Println(f(1))
}
