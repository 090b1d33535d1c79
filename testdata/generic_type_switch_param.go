// Type switches and assertions on values of type-parameter type (through any), per instantiation.
package main

import (
	"fmt"
	"strconv"
)

func Stringify[T any](v T) string {
	switch x := any(v).(type) {
	case string:
		return x
	case int:
		return strconv.Itoa(x)
	case bool:
		return strconv.FormatBool(x)
	case fmt.Stringer:
		return x.String()
	case []T:
		return "slice of T"
	default:
		return fmt.Sprintf("?%T", x)
	}
}

type ID int

func (i ID) String() string { return "ID-" + strconv.Itoa(int(i)) }

func As[T any](v any) (T, bool) {
	t, ok := v.(T)
	return t, ok
}

func main() {
	fmt.Println(Stringify("s"), Stringify(4), Stringify(true), Stringify(ID(3)), Stringify(2.5))
	fmt.Println(As[int](3))
	fmt.Println(As[string](3))
	fmt.Println(As[fmt.Stringer](ID(1)))
	v, ok := As[error](nil)
	fmt.Println(v, ok)
}
