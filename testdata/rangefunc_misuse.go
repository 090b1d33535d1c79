package main

import "fmt"

// An iterator that ignores yield's false.
func bad(yield func(int) bool) {
	for i := 0; i < 3; i++ {
		yield(i)
	}
}

func main() {
	for i := range bad {
		fmt.Println(i)
		break
	}
	fmt.Println("unreachable")
}
