// Intended error: two parameters with the same name.
package main

import "fmt"

func f(a int, a int) int { return a }

func main() {
	fmt.Println(f(1, 2))
}
