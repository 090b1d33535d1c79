// Proves indexing a string past its end panics with "index out of range [5] with length 5".
package main

import "fmt"

func main() {
	s := "hello"
	i := 4
	fmt.Println(s[i])
	i++
	fmt.Println(s[i])
}
