// Intended error: a package variable initialised by a function that reads it.
package main

import "fmt"

var x = f()

func f() int { return x + 1 }

func main() {
	fmt.Println(x)
}
