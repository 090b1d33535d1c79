// runtime.Stack and debug.Stack give the calling goroutine's frames (function names, this file's lines), in main, in a method, in a goroutine with its "created by" line, and in a closure.
package main

import (
	"fmt"
	"runtime"
	"runtime/debug"
	"strings"
)

type T struct{}

func (T) M() string { return string(debug.Stack()) }

func inner() string {
	buf := make([]byte, 4096)
	n := runtime.Stack(buf, false)
	return string(buf[:n])
}

// show prints each frame's function and, for frames in this file, its
// line; goroutine numbers and other files' lines differ between runtimes.
func show(s string) {
	for _, l := range strings.Split(s, "\n") {
		switch {
		case l == "":
		case strings.HasPrefix(l, "goroutine "):
			fmt.Println("goroutine", l[strings.Index(l, "["):])
		case strings.HasPrefix(l, "\t"):
			loc := strings.Fields(l)[0]
			if file := loc[strings.LastIndex(loc, "/")+1:]; strings.HasPrefix(file, "runtime_stack_frames.go:") {
				fmt.Println("   ", file)
			}
		default:
			if i := strings.Index(l, "("); i > 0 && !strings.HasPrefix(l, "created by") {
				l = l[:i]
			}
			if strings.HasPrefix(l, "created by") {
				l = l[:strings.Index(l, " in goroutine")]
			}
			fmt.Println(l)
		}
	}
}

func main() {
	show(inner())
	fmt.Println("--")
	show(T{}.M())
	fmt.Println("--")
	done := make(chan bool)
	go func() {
		show(inner())
		done <- true
	}()
	<-done
	fmt.Println("--")
	func() {
		show(inner())
	}()
}
