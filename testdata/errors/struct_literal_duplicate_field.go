// Intended error: a struct literal naming the same field twice.
package main

import "fmt"

type Point struct{ X, Y int }

func main() {
	p := Point{X: 1, X: 2}
	fmt.Println(p)
}
