// Intended error: assigning to a field of a returned struct (not addressable).
package main

import "fmt"

type P struct{ X int }

func get() P { return P{} }

func main() {
	get().X = 1
	fmt.Println(get())
}
