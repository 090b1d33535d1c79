// A recovered panic can be re-raised with a new value; the final message shows both panics with [recovered].
package main

import "fmt"

func main() {
	defer func() {
		r := recover()
		fmt.Println("first recover:", r)
		panic(fmt.Sprintf("again: %v", r))
	}()
	panic("original")
}
