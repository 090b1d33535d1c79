// Intended error: passing a type that does not implement the parameter's interface.
package main

import "fmt"

type Describer interface{ Describe() string }

func describe(d Describer) { fmt.Println(d.Describe()) }

func main() {
	describe(42)
}
