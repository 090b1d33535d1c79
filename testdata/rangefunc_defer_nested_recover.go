// defer in range-over-func bodies (nested loops, early break, iterator defers, closures) runs at the enclosing function's exit, and can recover.
package main

import (
	"fmt"
	"iter"
	"slices"
)

var log []string

func say(s string) { log = append(log, s) }

func seq(name string, n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		defer say("iterator " + name + " done")
		for i := range n {
			if !yield(i) {
				return
			}
		}
	}
}

func nested() {
	defer say("nested: first")
	for i := range seq("outer", 3) {
		for j := range seq("inner", 2) {
			defer say(fmt.Sprint("nested: body ", i, j))
		}
		if i == 1 {
			break
		}
	}
	defer say("nested: after loops")
	say("nested: returning")
}

func recovering() (res string) {
	defer func() { say("recovering: last") }()
	for v := range slices.Values([]string{"a", "b"}) {
		defer func() {
			if r := recover(); r != nil {
				res = fmt.Sprint("recovered ", r, " in defer of ", v)
			}
		}()
	}
	panic("boom")
}

func withReturn() int {
	for i := range seq("ret", 5) {
		defer say(fmt.Sprint("withReturn: deferred ", i))
		if i == 2 {
			return i * 10
		}
	}
	return -1
}

func main() {
	nested()
	fmt.Println(recovering())
	fmt.Println(withReturn())
	func() {
		for k, v := range slices.All([]string{"x", "y"}) {
			defer say(fmt.Sprint("literal: ", k, v))
		}
		say("literal: end")
	}()
	for _, l := range log {
		fmt.Println(l)
	}
}
