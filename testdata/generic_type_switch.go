// Proves type switches and assertions on type parameters (via any(x)), conversions T(x), and zero values of T.
package main

import "fmt"

type Celsius float64
type ID string

func Describe[T any](x T) string {
	switch v := any(x).(type) {
	case int:
		return fmt.Sprintf("int %d", v)
	case string:
		return fmt.Sprintf("string %q", v)
	case []T:
		return "slice of T"
	case fmt.Stringer:
		return "stringer " + v.String()
	case nil:
		return "nil"
	default:
		return fmt.Sprintf("other %T", v)
	}
}

func IsT[T any](x any) bool {
	_, ok := x.(T)
	return ok
}

func As[T any](x any) T {
	if v, ok := x.(T); ok {
		return v
	}
	var zero T
	return zero
}

func Convert[From ~int | ~float64, To ~int | ~float64 | ~int8](x From) To {
	return To(x)
}

func ToStr[S ~string](s S) string { return string(s) + "!" }

func FromBytes[S ~string | ~[]byte](b []byte) S { return S(b) }

type pt struct{ x, y int }

func (p pt) String() string { return fmt.Sprintf("(%d,%d)", p.x, p.y) }

func Zero[T any]() T {
	var z T
	return z
}

func main() {
	fmt.Println(Describe(42))
	fmt.Println(Describe("hi"))
	fmt.Println(Describe(pt{1, 2}))
	fmt.Println(Describe(3.5))
	fmt.Println(Describe[any](nil))
	fmt.Println(IsT[int](1), IsT[string](1), IsT[fmt.Stringer](pt{}))
	fmt.Println(As[string]("s"), As[int]("s"), As[pt](pt{3, 4}))
	fmt.Println(Convert[float64, int](3.9), Convert[int, float64](7), Convert[Celsius, int8](300.0))
	fmt.Println(ToStr(ID("abc")), FromBytes[ID]([]byte("xyz")), len(FromBytes[[]byte]([]byte("q"))))
	fmt.Printf("%q %v %v %v\n", Zero[string](), Zero[*int]() == nil, Zero[pt](), Zero[[2]bool]())
}
