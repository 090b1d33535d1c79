// Intended error: constant float division by zero.
package main

import "fmt"

func main() {
	const f = 1.0 / 0.0
	fmt.Println(f)
}
