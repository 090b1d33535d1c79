// Intended error: returning a string from a function declared to return int.
package main

import "fmt"

func f() int {
	return "one"
}

func main() {
	fmt.Println(f())
}
