// Proves make with a negative run-time length panics with "makeslice: len out of range".
package main

import "fmt"

func main() {
	n := 3
	fmt.Println(len(make([]int, n)))
	n -= 5
	s := make([]int, n)
	fmt.Println(s)
}
