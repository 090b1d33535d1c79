// Zero-size package variables and zero-size allocations share one address
// (gc's runtime.zerobase): new of a zero-size type, &v of a zero-size
// package variable and the base of an empty slice literal compare equal.
package main

import "fmt"

type none struct{}

var (
	arr  [0]int
	unit none
	a, b = new([0]int), new(none)
)

func main() {
	fmt.Println("&var == new:", &arr == a, &unit == b)
	sa := [][0]int{{}, {}}
	fmt.Println("elements of a zero-size slice:", &sa[0] == &sa[1])
	grown := append([]none(nil), none{}, none{})
	fmt.Println("zero-size append:", len(grown), &grown[0] == b)
}
