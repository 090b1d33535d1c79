// Proves make with cap smaller than len at run time panics with "makeslice: cap out of range".
package main

import "fmt"

func main() {
	l, c := 5, 10
	fmt.Println(cap(make([]byte, l, c)))
	c = 2
	fmt.Println(make([]byte, l, c))
}
