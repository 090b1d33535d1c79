// fmt orders map[any] keys of different dynamic types by type first (internal/fmtsort), then by value.
package main

import "fmt"

type S string

func main() {
	m := map[any]int{
		"b":      1,
		2:        2,
		"a":      3,
		1:        4,
		2.5:      5,
		true:     6,
		int8(3):  7,
		S("s"):   8,
		uint(9):  9,
		-1.5:     10,
		false:    11,
		[1]int{}: 12,
	}
	fmt.Println(m)
	m2 := map[any]string{nil: "nil", 0: "zero", "": "empty"}
	fmt.Println(m2)
	m3 := map[any]bool{1: true, "x": false, 3: true, "a": true}
	fmt.Printf("%v\n", m3)
}
