// Proves types declared inside generic functions and methods are distinct per instance and print with the type arguments, as Go names them.
package main

import "fmt"

func Local[T any](x T) string {
	type box struct {
		v T
		n int
	}
	type plain struct{ n int }
	type vec []T
	b := box{x, 7}
	bs := []box{b, b}
	v := vec{x}
	return fmt.Sprintf("%v %v %d %T %T %T %v", b.v, bs[1].v, b.n, b, plain{1}, v, v)
}

type S[T any] struct{}

func (S[T]) M() string {
	type in struct{ t T }
	return fmt.Sprintf("%T %v", in{}, in{})
}

func main() {
	fmt.Println(Local("str"))
	fmt.Println(Local(2.5))
	fmt.Println(Local([]int{1}))
	fmt.Println(S[int]{}.M(), S[string]{}.M())
}
