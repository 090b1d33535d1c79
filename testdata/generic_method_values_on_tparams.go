// Method values and expressions on type-parameter values, `case T` in type switches, generic variadics and generic funcs as values.
package main

import (
	"fmt"
	"strconv"
)

type Celsius float64

func (c Celsius) String() string { return strconv.FormatFloat(float64(c), 'f', 1, 64) + "C" }

type Count int

func (c *Count) Inc() { *c++ }

func Bind[T fmt.Stringer](x T) func() string { return x.String }

func Incr[T any, P interface {
	*T
	Inc()
}](x *T, n int) {
	f := P(x).Inc
	for range n {
		f()
	}
}

func Is[T any](v any) string {
	switch v.(type) {
	case T:
		return "is T"
	case []T:
		return "is []T"
	case nil:
		return "nil"
	}
	return "other"
}

func Sum[T ~int | ~float64](xs ...T) (s T) {
	for _, x := range xs {
		s += x
	}
	return
}

func Double[T ~int](x T) T { return x * 2 }

func main() {
	f := Bind(Celsius(21.5))
	fmt.Println(f())
	var c Count
	Incr(&c, 3)
	fmt.Println(c)
	fmt.Println(Is[int](1), Is[int]([]int{}), Is[string](1), Is[error](nil))
	xs := []float64{1.5, 2.5}
	fmt.Println(Sum(xs...), Sum[int](), Sum(1, 2, 3))
	var g func(int) int = Double[int]
	h := Double[Count]
	fmt.Println(g(4), h(5))
	fmt.Printf("%T %T\n", g, h)
	m := Celsius.String
	fmt.Println(m(3))
}
