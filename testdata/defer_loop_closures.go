// Defers in a loop run last-in first-out; closures see per-iteration variables and arguments are evaluated at defer time.
package main

import "fmt"

func run() {
	for i := 0; i < 3; i++ {
		defer fmt.Println("arg", i)
		defer func() { fmt.Println("closure", i) }()
	}
	x := 10
	defer fmt.Println("x at defer", x)
	defer func() { fmt.Println("x at exit", x) }()
	x = 20
	for _, s := range []string{"a", "b"} {
		defer func(p string) { fmt.Println("param", p, s) }(s + "!")
	}
}

func main() {
	run()
	fmt.Println("done")
}
