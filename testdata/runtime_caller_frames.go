// runtime.Caller and runtime.Callers name frames as Go does: main.(*T).Method, main.T.Value, main.main.func1, with lines.
package main

import (
	"fmt"
	"runtime"
	"strings"
)

type T struct{}

func where() string {
	pc, file, line, ok := runtime.Caller(1)
	return fmt.Sprintf("%s %s:%d %v", runtime.FuncForPC(pc).Name(), file[strings.LastIndex(file, "/")+1:], line, ok)
}

func (t *T) Ptr() string { return where() }
func (t T) Val() string  { return where() }

func stack() []string {
	pcs := make([]uintptr, 20)
	n := runtime.Callers(2, pcs)
	frames := runtime.CallersFrames(pcs[:n])
	var out []string
	for {
		f, more := frames.Next()
		if strings.HasPrefix(f.Function, "main.") {
			out = append(out, fmt.Sprintf("%s:%d", f.Function, f.Line))
		}
		if !more {
			break
		}
	}
	return out
}

func main() {
	var t T
	fmt.Println(t.Ptr())
	fmt.Println(t.Val())
	func() {
		fmt.Println(where())
	}()
	f := func() []string { return stack() }
	fmt.Println(f())
	fmt.Println(where())
}
