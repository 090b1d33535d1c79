// Defers in range-over-func bodies run when the enclosing function returns, in Go's order, through nested loops, early exits, iterator defers, recover and named results.
package main

import (
	"fmt"
	"iter"
)

func count(n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		defer fmt.Println("  iterator done", n)
		for i := 0; i < n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func pairs() iter.Seq2[string, int] {
	return func(yield func(string, int) bool) {
		for i, s := range []string{"a", "b", "c"} {
			if !yield(s, i) {
				return
			}
		}
	}
}

func nested() {
	defer fmt.Println("nested: first defer")
	for i := range count(2) {
		for j := range count(2) {
			defer fmt.Println("nested: body", i, j)
		}
		defer fmt.Println("nested: outer body", i)
	}
	defer fmt.Println("nested: last defer")
	fmt.Println("nested: returning")
}

func early() (s string) {
	defer func() { s += "!" }()
	for k, v := range pairs() {
		defer func() { s += fmt.Sprint(k, v) }()
		if k == "b" {
			return "ret:"
		}
	}
	return "unreached"
}

func withBreak() {
	for i := range count(5) {
		defer fmt.Println("withBreak: body", i)
		if i == 1 {
			break
		}
	}
	fmt.Println("withBreak: after loop")
}

func recovers() (err error) {
	for i := range count(3) {
		defer func() {
			if r := recover(); r != nil {
				err = fmt.Errorf("recovered at %d: %v", i, r)
			}
		}()
		if i == 2 {
			panic("boom")
		}
	}
	return nil
}

func loopTwice() {
	for round := 0; round < 2; round++ {
		for i := range count(2) {
			defer fmt.Println("loopTwice:", round, i)
		}
	}
	fmt.Println("loopTwice: returning")
}

func literal() {
	f := func() {
		for i := range count(2) {
			defer fmt.Println("literal: body", i)
		}
		fmt.Println("literal: closure returns")
	}
	f()
	fmt.Println("literal: after closure")
}

func main() {
	nested()
	fmt.Println(early())
	withBreak()
	fmt.Println(recovers())
	loopTwice()
	literal()
}
