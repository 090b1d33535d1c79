// The line runtime.Caller reports for a call is that of its opening parenthesis (multi-line calls, chained methods, called literals).
package main

import (
	"fmt"
	"runtime"
)

type B struct{}

func line() int {
	_, _, l, _ := runtime.Caller(1)
	return l
}

func (B) Next() B {
	_, _, l, _ := runtime.Caller(1)
	fmt.Println("Next called from", l)
	return B{}
}

func (B) At() int {
	_, _, l, _ := runtime.Caller(1)
	return l
}

func main() {
	fmt.Println(line())
	fmt.Println(
		line(),
	)
	var b B
	fmt.Println(b.
		Next().
		At())
	x := func() int {
		return line()
	}()
	fmt.Println(x)
	y := func() int {
		_, _, l, _ := runtime.Caller(1)
		return l
	}(
	)
	fmt.Println(y)
}
