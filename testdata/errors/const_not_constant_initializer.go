// Intended error: a constant initialised with a function call.
package main

import "fmt"

func f() int { return 1 }

func main() {
	const c = f()
	fmt.Println(c)
}
