// Intended error: assigning to a function call.
package main

import "fmt"

func f() int { return 0 }

func main() {
	f() = 1
	fmt.Println(f())
}
