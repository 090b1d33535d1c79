// Proves fmt prints maps sorted by key as internal/fmtsort orders them: numbers (NaN first), strings, bools, pointers by address, structs and arrays field by field, interfaces by type then value; with %v, %+v, %#v, %d, %q and nested maps.
package main

import "fmt"

var zero float64

type P struct {
	A int
	B string
}

type Name string

func main() {
	fmt.Println(map[int]string{3: "c", -1: "z", 10: "j", 0: "o"})
	fmt.Println(map[string]int{"pear": 1, "apple": 2, "fig": 3, "": 4, "Zebra": 5})
	fmt.Println(map[float64]int{zero / zero: 1, 1 / zero: 2, -1 / zero: 3, 0: 4, -2.5: 5})
	fmt.Println(map[bool]string{true: "t", false: "f"})
	fmt.Println(map[P]int{{2, "a"}: 1, {1, "b"}: 2, {1, "a"}: 3})
	fmt.Println(map[[2]int]bool{{2, 1}: true, {1, 2}: false, {1, 1}: true})
	fmt.Println(map[any]int{2: 2, 1: 4, nil: 7, -3: 1})
	fmt.Println(map[any]int{"b": 1, "a": 3, nil: 7})
	fmt.Println(map[uint8]int{255: 1, 0: 2, 128: 3})
	fmt.Println(map[rune]bool{'b': true, 'a': false})
	fmt.Println(map[Name]int{"y": 1, "x": 2})
	fmt.Println(map[complex128]int{complex(1, 2): 1, complex(1, 1): 2, complex(0, 5): 3})
	m := map[string]map[string]int{"b": {"z": 1, "y": 2}, "a": {}}
	fmt.Println(m)
	fmt.Printf("%v\n%+v\n%#v\n", m, map[string]P{"k": {1, "x"}}, map[string]int{"b": 2, "a": 1})
	fmt.Printf("%d %x %q\n", map[int]int{2: 20, 1: 10}, map[int]int{255: 16}, map[string]string{"k": "v"})
	fmt.Printf("%#v %#v\n", map[int]bool(nil), map[Name][]int{"n": {1}})
	fmt.Printf("%T %T\n", m, map[P][]*int{})
	fmt.Println(fmt.Sprint(map[string]int{}), fmt.Sprintf("%v", map[string]int(nil)))
	var e any = map[int]string{2: "b", 1: "a"}
	fmt.Println(e)
	fmt.Printf("%s\n", map[string][]byte{"b": []byte("hi")})
	fmt.Printf("%6.2f|\n", map[string]float64{"x": 3.14159})
	type S struct {
		M map[string]int
	}
	fmt.Printf("%v %+v\n", S{map[string]int{"b": 1, "a": 2}}, S{})
	fmt.Println([]map[string]int{{"b": 1, "a": 2}, nil})
}
