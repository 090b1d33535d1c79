// %#v of floats, strings with escapes, runes, pointers to structs (&main.T{...} at top level), nested maps and slices.
package main

import "fmt"

type T struct {
	A []int
	M map[string]bool
	P *int
	S string
	F float64
}

type Wrapper struct{ In T }

func main() {
	fmt.Printf("%#v\n", T{A: []int{1}, M: map[string]bool{"b": true, "a": false}, S: "q\"\n", F: 1e6})
	fmt.Printf("%#v\n", &Wrapper{})
	fmt.Printf("%#v %#v %#v %#v\n", 1.5, 1e-7, 100.0, float32(0.1))
	fmt.Printf("%#v %#v %#v\n", "tab\t", 'x', '\n')
	fmt.Printf("%#v\n", []*T(nil))
	fmt.Printf("%#v\n", map[int][]string{2: {"b"}, 1: nil})
	fmt.Printf("%#v\n", [2]struct{ X int }{{1}, {2}})
	fmt.Printf("%#v\n", struct {
		a int
		B []byte
	}{1, []byte("hi")})
	fmt.Printf("%#v %#v\n", complex(1, -2), complex64(0))
	fmt.Printf("%#v %#v\n", uint8(200), []uint8{1})
}
