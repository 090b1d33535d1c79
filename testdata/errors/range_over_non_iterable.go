// Intended error: ranging over a struct value.
package main

import "fmt"

type Point struct{ X, Y int }

func main() {
	p := Point{1, 2}
	for v := range p {
		fmt.Println(v)
	}
}
