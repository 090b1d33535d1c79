// Intended error: assigning to a constant.
package main

import "fmt"

func main() {
	const c = 1
	c = 2
	fmt.Println(c)
}
