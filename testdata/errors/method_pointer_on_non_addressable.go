// Intended error: calling a pointer method on a non-addressable struct literal.
package main

import "fmt"

type P struct{ n int }

func (p *P) Inc() { p.n++ }

func main() {
	P{}.Inc()
	fmt.Println("x")
}
