// Proves indexing through a nil pointer to an array panics with a nil pointer dereference, even with len known statically.
package main

import "fmt"

func main() {
	var p *[4]int
	fmt.Println(len(p)) // len of a nil array pointer is a constant: fine
	for i := range p {  // ranging over indices only does not dereference
		fmt.Print(i)
	}
	fmt.Println()
	fmt.Println(p[2])
}
