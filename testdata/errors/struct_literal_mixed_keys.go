// Intended error: a struct literal mixing field:value and positional elements.
package main

import "fmt"

type Point struct{ X, Y int }

func main() {
	p := Point{X: 1, 2}
	fmt.Println(p)
}
