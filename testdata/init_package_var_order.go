// Proves package-level variables initialise in dependency order, not declaration order, and before init functions run.
package main

import "fmt"

var (
	a = c + b // depends on b and c: initialised last
	b = f("b", 1)
	c = f("c", 2)
	d = 3
)

var total = sum(list...)
var list = []int{x, y, z}
var x, y, z = g("x", 10), g("y", 20), g("z", 30)

func f(name string, v int) int {
	fmt.Println("init", name, "=", v, "(d is", d, ")")
	return v
}

func g(name string, v int) int {
	fmt.Println("init", name)
	return v
}

func sum(xs ...int) int {
	s := 0
	for _, v := range xs {
		s += v
	}
	return s
}

func init() {
	fmt.Println("init(): a =", a, "total =", total)
}

func main() {
	fmt.Println("main:", a, b, c, d, total, list)
}
