// Float keys: NaN keys never match (each insert adds one), +0 and -0 are one key, clear removes NaNs.
package main

import (
	"fmt"
	"math"
)

func main() {
	m := map[float64]int{}
	nan := math.NaN()
	m[nan] = 1
	m[nan] = 2
	m[nan]++
	_, ok := m[nan]
	fmt.Println(len(m), ok)
	m[0.0] = 10
	m[math.Copysign(0, -1)] = 20
	fmt.Println(len(m), m[0])
	for k, v := range m {
		if k == 0 {
			fmt.Println("zero key", math.Signbit(k), v)
		}
	}
	sum := 0
	for k, v := range m {
		if k != k {
			sum += v
		}
	}
	fmt.Println("nan sum", sum)
	delete(m, nan)
	fmt.Println(len(m))
	fmt.Println(map[float64]int{nan: 7, 1: 1, nan + 1: 7})
	clear(m)
	fmt.Println(len(m))
	m32 := map[float32]string{float32(math.Inf(1)): "inf", float32(math.Inf(-1)): "-inf"}
	fmt.Println(m32)
	mi := map[any]int{nan: 1, 0.0: 2}
	mi[nan] = 3
	fmt.Println(len(mi))
	c := map[complex128]int{complex(0, 0): 1}
	c[complex(math.Copysign(0, -1), 0)] = 2
	fmt.Println(c)
}
