// Proves a panic inside a generic function's instance reports Go's message and exit status.
package main

import "fmt"

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Pop() T {
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v
}

func First[T any](xs []T) T { return xs[0] }

func main() {
	fmt.Println(First([]int{5}))
	var s Stack[string]
	s.items = append(s.items, "x")
	fmt.Println(s.Pop())
	fmt.Println(s.Pop())
}
