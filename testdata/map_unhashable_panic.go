// Proves an unrecovered unhashable-key panic ends the program with Go's message and exit code 2.
package main

import "fmt"

func main() {
	m := map[interface{}]int{}
	fmt.Println("before")
	m[[]int{1, 2}] = 1
	fmt.Println("after")
}
