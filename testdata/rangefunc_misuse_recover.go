package main

import "fmt"

// An iterator that swallows the loop body's panic.
func swallow(yield func(int) bool) {
	defer func() {
		r := recover()
		fmt.Println("iterator recovered:", r)
	}()
	yield(1)
}

func main() {
	for i := range swallow {
		panic(fmt.Sprint("body panic ", i))
	}
	fmt.Println("unreachable")
}
