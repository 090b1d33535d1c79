// Intended error: a chained comparison a < b < c (bool compared with int).
package main

import "fmt"

func main() {
	a, b, c := 1, 2, 3
	fmt.Println(a < b < c)
}
