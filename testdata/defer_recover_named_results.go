// Proves deferred closures see and change named results after return sets them, recover returns the value once, and a recovered function returns its named results.
package main

import (
	"errors"
	"fmt"
)

func double() (r int) {
	defer func() { r *= 2 }()
	return 21
}

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if e := recover(); e != nil {
			err = fmt.Errorf("recovered: %v", e)
			q = -1
		}
	}()
	return a / b, nil
}

func recoverTwice() (first, second any) {
	defer func() {
		first = recover()
		second = recover()
	}()
	panic("once")
}

func notDirect() (r any) {
	defer func() {
		helper := func() any { return recover() }
		r = helper() // not called directly by the deferred function: nil
		recover()
	}()
	panic("p")
}

func main() {
	fmt.Println(double())
	fmt.Println(safeDiv(7, 2))
	q, err := safeDiv(1, 0)
	fmt.Println(q, err)
	var re interface{ RuntimeError() }
	fmt.Println(errors.As(err, &re))
	fmt.Println(recoverTwice())
	fmt.Println(notDirect())
}
