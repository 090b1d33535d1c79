// Proves variadic functions: zero arguments gives a nil slice, mixed fixed and variadic parameters, variadic of strings and of funcs.
package main

import (
	"fmt"
	"strings"
)

func count(prefix string, xs ...int) string {
	return fmt.Sprintf("%s:%d:%v:%v", prefix, len(xs), xs == nil, xs)
}

func join(sep string, parts ...string) string { return strings.Join(parts, sep) }

func apply(x int, fs ...func(int) int) int {
	for _, f := range fs {
		x = f(x)
	}
	return x
}

func main() {
	fmt.Println(count("none"))
	fmt.Println(count("one", 1))
	fmt.Println(count("three", 1, 2, 3))
	fmt.Println(count("spread", []int{4, 5}...))
	fmt.Println(count("empty", []int{}...))
	fmt.Println(join("-", "a", "b", "c"), join(","))
	double := func(x int) int { return x * 2 }
	inc := func(x int) int { return x + 1 }
	fmt.Println(apply(3, double, inc, double), apply(3))
	fmt.Printf("%T\n", count)
}
