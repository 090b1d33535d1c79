// Zero values of type parameters, converting type parameters to any, and %T of instantiated types.
package main

import "fmt"

type Box[T any] struct{ V T }

func ZeroOf[T any]() T { var z T; return z }

func Describe[T any](v T) string {
	switch x := any(v).(type) {
	case int:
		return fmt.Sprint("int ", x)
	case string:
		return "string " + x
	case fmt.Stringer:
		return "stringer " + x.String()
	case nil:
		return "nil"
	}
	return fmt.Sprintf("other %T", v)
}

type St struct{}

func (St) String() string { return "St!" }

func IsZero[T comparable](v T) bool {
	var z T
	return v == z
}

func main() {
	fmt.Printf("%v %q %v %v %v\n", ZeroOf[int](), ZeroOf[string](), ZeroOf[*int](), ZeroOf[[]int]() == nil, ZeroOf[Box[int]]())
	fmt.Println(Describe(1), Describe("s"), Describe(St{}), Describe[any](nil), Describe(2.5))
	fmt.Println(IsZero(0), IsZero(""), IsZero(Box[string]{}), IsZero[any](nil), IsZero[any](0))
	fmt.Printf("%T %T %T\n", Box[int]{}, Box[Box[string]]{}, &Box[[]any]{})
	fmt.Printf("%+v %#v\n", Box[int]{3}, Box[string]{"s"})
}
