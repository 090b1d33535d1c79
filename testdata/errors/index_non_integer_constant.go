// Intended error: a non-integer constant index.
package main

import "fmt"

func main() {
	s := []int{1, 2}
	fmt.Println(s[1.5])
}
