// Proves == on interfaces agrees with map-key equality: floats compare as floats (±0 equal, NaN unequal), strings and structs by content; comparing interfaces holding maps, slices or funcs panics, also inside structs, while comparing them to nil does not.
package main

import (
	"fmt"
	"runtime"
)

type S struct {
	N string
	F float64
}

type Holder struct{ M map[string]int }

type E interface{ M() }
type T struct{ s []int }

func (T) M() {}

func try(name string, f func() bool) {
	defer func() {
		if r := recover(); r != nil {
			_, isRt := r.(runtime.Error)
			fmt.Println(name, "panic:", r, isRt)
		}
	}()
	fmt.Println(name, f())
}

func main() {
	var zero float64
	nan := zero / zero
	var a, b any = 0.0, -zero
	var c any = nan
	var e, f any = S{"x", 1}, S{"x" + "", 1}
	var g, h any = [2]string{"a", "b"}, [2]string{"a", "b"}
	fmt.Println(a == b, c == c, e == f, g == h)
	keys := map[any]int{a: 1, e: 2, g: 3}
	fmt.Println(keys[b], keys[f], keys[h], len(keys))

	m := map[string]int{"k": 1}
	var mi, mj any = m, m
	try("map vs nil", func() bool { return mi == nil })
	try("map vs int", func() bool { return mi == any(1) })
	try("map vs map", func() bool { return mi == mj })
	var si, sj any = []int{1}, []int{1}
	try("slice vs slice", func() bool { return si == sj })
	var fi, fj any = main, main
	try("func vs func", func() bool { return fi == fj })
	var hi, hj any = Holder{m}, Holder{m}
	try("struct with map", func() bool { return hi == hj })
	var ei, ej E = T{}, T{}
	try("iface with methods", func() bool { return ei == ej })
	try("array of any", func() bool { return [1]any{m} == [1]any{m} })
}
