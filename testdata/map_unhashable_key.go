// Proves hashing an unhashable dynamic type panics with runtime error: hash of unhashable type T, for lookups, assignments, deletes and on nil and empty maps, also nested in arrays and structs.
package main

import (
	"fmt"
	"runtime"
)

func try(name string, f func()) {
	defer func() {
		r := recover()
		err, isRt := r.(runtime.Error)
		if isRt {
			fmt.Println(name, "runtime.Error:", err.Error())
		} else {
			fmt.Println(name, r)
		}
	}()
	f()
}

type T struct {
	A any
}

func main() {
	m := map[any]int{1: 1}
	try("assign", func() { m[[]int{1}] = 1 })
	try("lookup", func() { _ = m[map[string]int{}] })
	try("commaok", func() { _, _ = m[func() {}] })
	try("delete", func() { delete(m, []string{"a"}) })
	var nilm map[any]int
	try("nil lookup", func() { _ = nilm[[]int{}] })
	try("nil delete", func() { delete(nilm, []int{}) })
	empty := map[any]bool{}
	try("empty lookup", func() { _ = empty[[]byte("x")] })
	try("array", func() { m[[1]any{[]int{}}] = 2 })
	try("struct", func() { m[T{map[int]int{}}] = 2 })
	try("ok", func() { m[T{5}] = 2 })
	fmt.Println(len(m))
}
