// Proves m[k]++, m[k] op= v and a map literal's inner nil map all panic on a nil map with Go's message, recoverable as a runtime.Error.
package main

import (
	"fmt"
	"runtime"
)

func try(name string, f func()) {
	defer func() {
		r := recover()
		_, isRt := r.(runtime.Error)
		fmt.Println(name, r, isRt)
	}()
	f()
}

func main() {
	var m map[string]int
	try("incr", func() { m["a"]++ })
	try("opassign", func() { m["a"] += 2 })
	try("assign", func() { m["a"] = 1 })
	var nested map[string]map[string]int = map[string]map[string]int{}
	try("nested", func() { nested["x"]["y"] = 1 })
	var mp map[int]*int
	try("ptr", func() { mp[1] = nil })
	fmt.Println(len(m), len(nested))
}
