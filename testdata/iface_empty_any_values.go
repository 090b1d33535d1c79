// The empty interface holds every kind of value; %T and %v show the dynamic type and value.
package main

import "fmt"

type point struct{ x, y int }
type myInt int

func main() {
	vals := []any{nil, 1, int8(-2), uint64(3), 1.5, float32(2.25), "s", 'r', byte('b'), true,
		[]int{1, 2}, [2]string{"a", "b"}, map[string]int{"k": 1}, point{1, 2}, &point{3, 4},
		myInt(7), struct{}{}, complex(1, -2), func() {} == nil, []any{1, "x", nil}}
	for _, v := range vals {
		fmt.Printf("%T: %v\n", v, v)
	}
	var a any = 3
	var b any = 3
	var c any = int64(3)
	fmt.Println(a == b, a == c, a == any(3.0), a != nil)
	var s any = "str"
	if str, ok := s.(string); ok {
		fmt.Println("string", len(str))
	}
	var x any
	fmt.Println(x == nil, fmt.Sprint(x))
}
