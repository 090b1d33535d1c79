// Proves a negative shift count panics at run time with Go's message and exit code 2.
package main

import "fmt"

func main() {
	s := -1
	for i := 0; i < 3; i++ {
		s++
	}
	fmt.Println("before:", 1<<s)
	s = -5
	fmt.Println(1 << s)
	fmt.Println("not reached")
}
