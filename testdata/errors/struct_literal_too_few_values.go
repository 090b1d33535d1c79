// Intended error: a positional struct literal with too few values.
package main

import "fmt"

type Point struct{ X, Y int }

func main() {
	p := Point{1}
	fmt.Println(p)
}
