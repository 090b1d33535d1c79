// fmt prints maps with sorted keys: ints, strings, floats with NaN first, bools, arrays, structs, pointers by address order is skipped.
package main

import (
	"fmt"
	"math"
)

type K struct {
	A int
	B string
}

func main() {
	fmt.Println(map[int]string{3: "c", -1: "a", 2: "b", 0: "z"})
	fmt.Println(map[string]int{"b": 2, "a": 1, "B": 3, "": 0})
	fmt.Println(map[float64]int{2.5: 1, math.NaN(): 2, math.Inf(-1): 3, -0.5: 4, math.Inf(1): 5})
	fmt.Println(map[bool]int{true: 1, false: 0})
	fmt.Println(map[[2]int]int{{2, 1}: 1, {1, 2}: 2, {1, 1}: 3})
	fmt.Println(map[K]int{{2, "a"}: 1, {1, "b"}: 2, {1, "a"}: 3})
	fmt.Println(map[uint8]bool{200: true, 7: false})
	fmt.Println(map[rune]int{'b': 1, 'a': 2})
	fmt.Printf("%v\n%+v\n%#v\n", map[string]K{"x": {1, "y"}}, map[string]K{"x": {1, "y"}}, map[string]K{"x": {1, "y"}})
	fmt.Println(map[int]map[int]int{2: {4: 1, 3: 2}, 1: {}})
	fmt.Println(map[complex128]int{complex(1, 2): 1, complex(1, 1): 2, complex(0, 5): 3})
}
