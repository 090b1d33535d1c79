// A comparable type parameter instantiated with an interface type compiles (Go 1.20) but panics on uncomparable dynamic values.
package main

import "fmt"

func Eq[T comparable](a, b T) bool { return a == b }

func Count[K comparable](keys ...K) int {
	m := map[K]bool{}
	for _, k := range keys {
		m[k] = true
	}
	return len(m)
}

func main() {
	fmt.Println(Eq[any](1, 1), Eq[any](1, "1"), Eq[error](nil, nil))
	fmt.Println(Count[any](1, 2, 1, "x"))
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		fmt.Println(Eq[any]([]int{1}, []int{1}))
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		fmt.Println(Count[any](1, map[int]int{}))
	}()
	fmt.Println(Eq[any]([]int{1}, 3))
}
