// Type switch: several types per case keep the interface type, nil case, default, and shadowed binding.
package main

import (
	"errors"
	"fmt"
)

type Stringer interface{ String() string }
type T int

func (t T) String() string { return fmt.Sprintf("T(%d)", int(t)) }

func classify(v any) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int, int64:
		return fmt.Sprintf("integer %T %v", x, x)
	case string:
		return "string of len " + fmt.Sprint(len(x))
	case error:
		return "error " + x.Error()
	case Stringer:
		return "stringer " + x.String()
	case []int:
		return fmt.Sprint("slice ", len(x))
	case func() int:
		return fmt.Sprint("func ", x())
	default:
		return fmt.Sprintf("other %T", x)
	}
}

func main() {
	var p *int
	vals := []any{nil, 1, int64(2), "abc", errors.New("boom"), T(5), []int{1, 2, 3},
		func() int { return 9 }, 3.5, p, map[int]int{}}
	for _, v := range vals {
		fmt.Println(classify(v))
	}
	var e error
	switch e.(type) {
	case nil:
		fmt.Println("nil error")
	default:
		fmt.Println("non-nil")
	}
	switch v := any(uint8(3)); v.(type) {
	case int8, uint8:
		fmt.Println("small", v)
	}
}
