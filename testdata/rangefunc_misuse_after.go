package main

import "fmt"

var saved func(int) bool

func keep(yield func(int) bool) {
	saved = yield
	yield(1)
}

func main() {
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
		_, isErr := r.(error)
		fmt.Println("is error:", isErr)
	}()
	for i := range keep {
		fmt.Println("body", i)
	}
	fmt.Println("loop over")
	saved(2)
	fmt.Println("unreachable")
}
