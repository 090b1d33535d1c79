package main

import "fmt"

func three(yield func() bool) {
	for i := 0; i < 3; i++ {
		if !yield() {
			fmt.Println("  three: stopped")
			return
		}
	}
	fmt.Println("  three: done")
}

func upto(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i) {
				fmt.Println("  upto: stopped at", i)
				return
			}
		}
		fmt.Println("  upto: done")
	}
}

type pairs []string

func (p pairs) All(yield func(int, string) bool) {
	for i, s := range p {
		if !yield(i, s) {
			return
		}
	}
}

func main() {
	n := 0
	for range three {
		n++
	}
	fmt.Println("range three:", n)

	for i := range upto(6) {
		if i%2 == 0 {
			continue
		}
		if i == 5 {
			break
		}
		fmt.Println("odd", i)
	}

	p := pairs{"a", "b", "c"}
	for i, s := range p.All {
		fmt.Println(i, s)
	}
	for i := range p.All {
		fmt.Print(i, " ")
	}
	fmt.Println()

	// Assignment form, into existing variables (one an interface).
	var k int
	var v any
	for k, v = range p.All {
		if k == 1 {
			break
		}
	}
	fmt.Println("last", k, v)

	// Per-iteration variables captured by closures.
	var fs []func() int
	for i := range upto(3) {
		fs = append(fs, func() int { return i * i })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	// The body modifies the enclosing function's variables.
	total, count := 0, 0
	for i := range upto(5) {
		total += i
		count++
	}
	fmt.Println(total, count)

	// Nested range-over-func loops with an unlabeled break in the inner.
	for i := range upto(3) {
		for j := range upto(3) {
			if j > i {
				break
			}
			fmt.Print(i, j, ";")
		}
		fmt.Println()
	}

	// A switch inside the body: break leaves the switch only.
	for i := range upto(3) {
		switch i {
		case 1:
			break
		default:
			fmt.Println("switch", i)
		}
	}
}
