// == on structs and arrays of every shape: blank fields ignored, NaN and ±0 floats, long arrays of strings and structs, nested interfaces.
package main

import (
	"fmt"
	"math"
)

type S struct {
	A float64
	_ int
	B string
	C [2]complex64
}

type Big struct {
	Names [10]string
	Pts   [6]struct{ X, Y int8 }
	Any   [5]any
}

func main() {
	nan := math.NaN()
	negz := math.Copysign(0, -1)
	fmt.Println(S{A: 1, B: "x"} == S{A: 1, B: "x"}, S{A: nan} == S{A: nan}, S{A: negz} == S{A: 0})
	fmt.Println(S{C: [2]complex64{1, complex(float32(nan), 0)}} == S{C: [2]complex64{1, complex(float32(nan), 0)}})
	var b1, b2 Big
	fmt.Println(b1 == b2)
	b1.Names[9] = "z"
	fmt.Println(b1 == b2, b1 != b2)
	b2.Names[9] = "z"
	b1.Pts[5].Y = 1
	fmt.Println(b1 == b2)
	b2.Pts[5].Y = 1
	b1.Any[4], b2.Any[4] = "s", "s"
	b1.Any[3], b2.Any[3] = 1.5, 1.5
	fmt.Println(b1 == b2)
	b2.Any[3] = float32(1.5)
	fmt.Println(b1 == b2)
	arr := [8]float64{0, 1, 2, 3, 4, 5, 6, nan}
	fmt.Println(arr == arr, [8]float64{} == [8]float64{negz})
	type Inner struct{ V []int }
	var ia, ib [3]any
	ia[0], ib[0] = 1, 2
	ia[1], ib[1] = Inner{}, Inner{}
	fmt.Println(ia == ib)
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		ib[0] = 1
		fmt.Println(ia == ib)
	}()
	m := map[Big]int{b1: 1}
	fmt.Println(m[b1], m[b2])
}
