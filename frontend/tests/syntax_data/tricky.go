package main

import (
	"fmt"
	m "math"
)

type List[T any] struct {
	items []T
	next  *List[T]
}

type A [5]int
type B[P any] = map[string]P
type C[P *int,] struct{}

func (l *List[T]) Push(v T) { l.items = append(l.items, v) }

func Map[K comparable, V any](m map[K]V, f func(K, V) bool) []K {
	var out []K
	for k, v := range m {
		if f(k, v) {
			out = append(out, k)
		}
	}
	return out
}

const (
	a = iota
	b
	c
)

func main() {
	x := []int{1, 2, 3}
	for _, v := range []int{1, 2} {
		fmt.Println(v)
	}
	if f := func() bool { return true }; f() {
		fmt.Println("yes")
	}
	if x == nil {
	}
	s := x[1:2:3]
	_ = s
	var ch chan<- <-chan int
	_ = ch
	switch y := interface{}(x).(type) {
	case []int, nil:
		_ = y
	default:
	}
	select {
	case v := <-make(chan int):
		_ = v
	case ch <- nil:
	default:
	}
L:
	for i := 0; i < 10; i++ {
		if i > 5 {
			break L
		}
		goto M
	M:
	}
	for range 10 {
	}
	for i := range 10 {
		_ = i
	}
	_ = Map[string, int]
	_ = m.Pi
	p := struct{ a, b int }{1, 2}
	_ = p
	var f func(a, b int) (c int)
	_ = f
	go func() {}()
	defer fmt.Println()
	x = append(x, x...)
	type T struct {
		A
		*List[int]
		b [3]int `json:"b"`
	}
}
