// Intended error: two variables but one value in :=.
package main

import "fmt"

func main() {
	a, b := 1
	fmt.Println(a, b)
}
