// Intended error: range with three iteration variables.
package main

import "fmt"

func main() {
	s := []int{1, 2}
	for i, v, w := range s {
		fmt.Println(i, v)
	}
}
