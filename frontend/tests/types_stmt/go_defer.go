// go and defer require function calls whose results may be discarded.
package main

func f() int { return 1 }

type T int

func main() {
	x := 1
	_ = x
	defer len("abc")
	go append([]int{}, 1)
	defer T(x)
	defer f()
	go println()
	defer recover()
	defer panic(1)
	go func() {}()
}
