// Using an unhashable dynamic type as a map[any] key panics with a runtime error (insert, lookup, delete), recovered each time.
package main

import (
	"fmt"
	"runtime"
)

func try(name string, f func()) {
	defer func() {
		r := recover()
		_, isRT := r.(runtime.Error)
		fmt.Println(name, "->", r, isRT)
	}()
	f()
}

type withSlice struct{ s []int }

func main() {
	m := map[any]int{1: 1}
	try("insert slice", func() { m[[]int{1}] = 2 })
	try("lookup map", func() { _ = m[map[int]int{}] })
	try("delete func", func() { delete(m, func() {}) })
	try("struct with slice", func() { m[withSlice{}] = 3 })
	try("array of any", func() { m[[1]any{[]byte("x")}] = 4 })
	try("ok key", func() { m["fine"] = 5 })
	fmt.Println(len(m))
}
