// Proves a negative run-time index panics with "index out of range [-1]".
package main

import "fmt"

func main() {
	s := []int{1, 2, 3}
	i := 0
	fmt.Println(s[i])
	i--
	fmt.Println(s[i])
}
