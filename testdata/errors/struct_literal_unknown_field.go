// Intended error: a struct literal naming a field the type does not have.
package main

import "fmt"

type Point struct{ X, Y int }

func main() {
	p := Point{X: 1, Z: 2}
	fmt.Println(p)
}
