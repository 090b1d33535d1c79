// Intended error: calling a method a type does not have.
package main

import "fmt"

type Point struct{ X, Y int }

func main() {
	p := Point{1, 2}
	p.Scale(2)
	fmt.Println(p)
}
