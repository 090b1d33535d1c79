package main

import "fmt"

func nums(yield func(int) bool) {
	for i := 0; i < 3; i++ {
		if !yield(i) {
			return
		}
	}
}

func f() {
	defer fmt.Println("f: before the loop")
	for i := range nums {
		defer fmt.Println("f: deferred in body", i)
	}
	fmt.Println("f: after the loop")
}

func main() {
	f()
}
