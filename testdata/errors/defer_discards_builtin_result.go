// Intended error: deferring a builtin whose result would be discarded.
package main

import "fmt"

func main() {
	s := []int{1}
	defer len(s)
	fmt.Println(s)
}
