// runtime.Callers with CallersFrames from a recursive function and a deferred call: function names and lines of each frame.
package main

import (
	"fmt"
	"runtime"
	"strings"
)

func frames(skip int) []string {
	pcs := make([]uintptr, 32)
	n := runtime.Callers(skip, pcs)
	fr := runtime.CallersFrames(pcs[:n])
	var out []string
	for {
		f, more := fr.Next()
		if strings.HasPrefix(f.Function, "main.") {
			out = append(out, fmt.Sprintf("%s:%d", f.Function, f.Line))
		}
		if !more {
			break
		}
	}
	return out
}

func rec(n int) []string {
	if n == 0 {
		return frames(1)
	}
	return rec(n - 1)
}

type W struct{}

func (W) Value() []string { return frames(2) }

func main() {
	for _, f := range rec(2) {
		fmt.Println(f)
	}
	fmt.Println(W{}.Value())
	func() {
		defer func() {
			fs := frames(2)
			fmt.Println(len(fs) > 0, fs[0])
		}()
	}()
	pc, _, line, ok := runtime.Caller(0)
	fmt.Println(runtime.FuncForPC(pc).Name(), line, ok)
	fmt.Println(runtime.FuncForPC(0) == nil)
}
