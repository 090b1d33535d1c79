// A failed single-value assertion to a concrete type panics with interface conversion's message.
package main

import "fmt"

func main() {
	var v any = 42
	n := v.(int)
	fmt.Println(n)
	s := v.(string)
	fmt.Println(s)
}
