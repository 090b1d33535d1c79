// Intended error: a variable only assigned inside a closure is still unused.
package main

import "fmt"

func main() {
	x := 0
	func() { x = 1 }()
	fmt.Println("hi")
}
