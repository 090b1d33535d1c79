// Closures and range-over-func bodies in small functions (the kind the JIT considers for inlining) keep Go's names: main.f-range1, main.g.func1.
package main

import (
	"fmt"
	"runtime"
)

func here() string {
	pc, _, _, _ := runtime.Caller(1)
	return runtime.FuncForPC(pc).Name()
}

func each(yield func(int) bool) { yield(1) }

func f() {
	for range each {
		fmt.Println(here())
	}
}

func g() func() string { return func() string { return here() } }

func h(x int) int { return x * 2 }

func main() {
	f()
	fmt.Println(g()())
	f()
	fmt.Println(h(21), here())
}
