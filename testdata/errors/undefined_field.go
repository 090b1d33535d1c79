// Intended error: selecting a field a struct does not have.
package main

import "fmt"

type Point struct{ X, Y int }

func main() {
	p := Point{1, 2}
	fmt.Println(p.Z)
}
