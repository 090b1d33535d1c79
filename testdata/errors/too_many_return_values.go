// Intended error: returning two values from a single-result function.
package main

import "fmt"

func f() int {
	return 1, 2
}

func main() {
	fmt.Println(f())
}
