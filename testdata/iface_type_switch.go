// Proves type switches: concrete types, multiple types per case (variable keeps interface type), nil case, default, and interface cases.
package main

import (
	"errors"
	"fmt"
)

type Stringer interface{ String() string }

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°C", float64(t)) }

func describe(v any) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int:
		return fmt.Sprintf("int %d", x+1)
	case string:
		return "string " + x
	case bool, float64:
		return fmt.Sprintf("bool-or-float %v (%T)", x, x)
	case error:
		return "error " + x.Error()
	case Stringer:
		return "stringer " + x.String()
	case []int:
		return fmt.Sprint("slice of len ", len(x))
	default:
		return fmt.Sprintf("other %T", x)
	}
}

func main() {
	for _, v := range []any{nil, 41, "hi", true, 2.5, errors.New("bad"), Temp(21.5), []int{1, 2}, struct{}{}, int8(3)} {
		fmt.Println(describe(v))
	}
}
