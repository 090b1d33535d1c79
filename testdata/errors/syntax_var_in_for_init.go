// Intended error: a var declaration in a for loop's init statement.
package main

import "fmt"

func main() {
	for var i = 0; i < 3; i++ {
		fmt.Println(i)
	}
}
