// Proves the per-iteration copy of a 3-clause loop variable: the post statement acts on a fresh copy made from the previous iteration's value.
package main

import "fmt"

func main() {
	var fs []func() int
	for i := 0; i < 6; i++ {
		fs = append(fs, func() int { return i })
		i++ // modifies this iteration's variable, the copy carries it forward
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	var incs []func()
	var reads []func() int
	for i := 0; i < 3; i++ {
		incs = append(incs, func() { i += 10 })
		reads = append(reads, func() int { return i })
	}
	incs[1]()
	for _, r := range reads {
		fmt.Print(r(), " ")
	}
	fmt.Println()
}
