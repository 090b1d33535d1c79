// Intended error: a method with the right name and the wrong signature.
package main

import "fmt"

type Stringer interface{ String() string }

type Name string

func (n Name) String(upper bool) string { return string(n) }

func main() {
	var s Stringer = Name("x")
	fmt.Println(s.String())
}
