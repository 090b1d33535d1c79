// %#v prints Go syntax: field names, package-qualified types, typed literals; tags do not appear in values.
package main

import "fmt"

type Color int

const (
	Red Color = iota
	Green
)

type User struct {
	Name  string `json:"name"`
	Age   int    `json:"age,omitempty"`
	Color Color
	Rate  float64
	Flag  bool
	Bytes []byte
	U8    uint8
	Ptr   *int
	R     rune
	C     complex64
	Iface fmt.Stringer
}

func main() {
	u := User{Name: "ann", Age: 30, Color: Green, Rate: 2, Bytes: []byte("hi"), U8: 7, R: 'x', C: 1 + 2i}
	fmt.Printf("%#v\n", u)
	fmt.Printf("%+v\n", u)
	fmt.Printf("%v\n", u)
	fmt.Printf("%#v %#v %#v %#v\n", 1.0, float32(2.5), 1e21, -0.0)
	fmt.Printf("%#v %#v %#v %#v\n", uint(3), int8(-3), uintptr(9), 'a')
	fmt.Printf("%#v %#v\n", []any{1, "a", nil, 2.5}, map[Color]string{Red: "r"})
	fmt.Printf("%#v\n", [2][2]int{{1, 2}, {3, 4}})
	fmt.Printf("%#v\n", &u.Name != nil)
	type local struct{ X int }
	fmt.Printf("%#v %T\n", local{1}, local{1})
	fmt.Printf("%#x %#q %#o\n", []int{10, 11}, "back`q", 8)
}
