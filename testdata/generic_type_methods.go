// Methods on generic types: value and pointer receivers, instantiated with several type arguments.
package main

import "fmt"

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }
func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}
func (s Stack[T]) Len() int { return len(s.items) }

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v=>%v", p.Key, p.Val) }
func (p Pair[K, V]) Swap() Pair[V2, K] { return Pair[V2, K]{} }

type V2 = string

func main() {
	var s Stack[string]
	s.Push("a")
	s.Push("b")
	fmt.Println(s.Len())
	v, ok := s.Pop()
	fmt.Println(v, ok)
	ints := &Stack[int]{}
	for i := range 5 {
		ints.Push(i * i)
	}
	for {
		v, ok := ints.Pop()
		if !ok {
			break
		}
		fmt.Print(v, " ")
	}
	fmt.Println()
	p := Pair[string, []int]{"k", []int{1, 2}}
	fmt.Println(p, p.String())
	fmt.Printf("%v %+v %T\n", p, []Pair[int, bool]{{1, true}}, p)
	f := ints.Push
	f(42)
	fmt.Println(ints.Len())
}
