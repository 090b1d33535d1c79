// Intended error: comparing structs that contain a slice field.
package main

import "fmt"

type S struct{ items []int }

func main() {
	a, b := S{}, S{}
	fmt.Println(a == b)
}
