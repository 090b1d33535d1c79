// Proves several init functions in one file run in source order, after all package variables, before main; init is not callable by name.
package main

import "fmt"

var order []string

var ready = record("var ready")

func record(s string) bool {
	order = append(order, s)
	return true
}

func init() {
	order = append(order, "init 1")
}

func init() {
	order = append(order, "init 2")
}

var late = record("var late")

func init() {
	order = append(order, "init 3")
}

func main() {
	order = append(order, "main")
	for i, s := range order {
		fmt.Println(i, s)
	}
	fmt.Println(ready, late)
}
