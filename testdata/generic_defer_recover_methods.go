// defer and recover inside generic functions and methods, recovering typed panics per instantiation.
package main

import (
	"errors"
	"fmt"
)

type Result[T any] struct {
	Val T
	Err error
}

func Try[T any](f func() T) (r Result[T]) {
	defer func() {
		if p := recover(); p != nil {
			r.Err = fmt.Errorf("recovered: %v", p)
		}
	}()
	return Result[T]{Val: f()}
}

type Stack[T any] struct{ items []T }

func (s *Stack[T]) MustPop() (v T) {
	defer func() {
		if recover() != nil {
			var zero T
			v = zero
		}
	}()
	v = s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v
}

func main() {
	fmt.Println(Try(func() int { return 42 }))
	fmt.Println(Try(func() string { panic("bad string") }))
	r := Try(func() []int { var s []int; return s[:1] })
	fmt.Println(r.Val == nil, r.Err)
	e := Try(func() error { panic(errors.New("inner")) })
	fmt.Println(e.Err)
	s := &Stack[string]{items: []string{"a"}}
	fmt.Printf("%q %q\n", s.MustPop(), s.MustPop())
}
