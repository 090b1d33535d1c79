// Proves calling a method on a nil interface value panics with a nil pointer dereference.
package main

import "fmt"

type Speaker interface{ Speak() string }

func main() {
	var s Speaker
	fmt.Println("speaker is nil:", s == nil)
	fmt.Println(s.Speak())
}
