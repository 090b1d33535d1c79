// Intended error: a := declaration in the post statement of a for loop.
package main

import "fmt"

func main() {
	for i := 0; i < 3; j := i {
		fmt.Println(i)
	}
}
