// fmt orders map[any] keys of named types by descriptor layout as gc links it: unnamed composites, then by size, main's first.
package main

import (
	"fmt"
	"time"
)

type Z int
type A int
type Mm string
type S2 struct{ A, B int }
type S1 struct{ A int }

func (S1) M() {}

type Arr [2]int

func main() {
	m := map[any]int{Z(1): 1, A(1): 2, Mm("m"): 3, S2{}: 5, S1{}: 6, Arr{}: 7, 1: 8,
		time.Duration(1): 9, time.Month(1): 10, [2]int{}: 11, "s": 12, struct{}{}: 13, [0]int{}: 14}
	fmt.Println(m)
	ints := map[any]string{}
	for i, v := range []any{int8(1), uint8(1), int16(1), uint16(1), int32(1), uint32(1), int64(1), uint64(1), int(1), uint(1), uintptr(1), float32(1), float64(1), complex64(1), complex128(1), true, "x"} {
		ints[v] = fmt.Sprintf("%d:%T", i, v)
	}
	fmt.Println(ints)
}
