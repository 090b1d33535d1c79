// Proves recover in a deferred function stops a runtime panic, returns its value (a runtime.Error with Go's message), and the function returns normally.
package main

import (
	"errors"
	"fmt"
	"runtime"
)

func safeIndex(s []int, i int) (v int, err error) {
	defer func() {
		if r := recover(); r != nil {
			var re runtime.Error
			if e, ok := r.(error); ok && errors.As(e, &re) {
				err = fmt.Errorf("recovered: %v", re)
			}
		}
	}()
	return s[i], nil
}

func safeDiv(a, b int) (q int, msg string) {
	defer func() {
		if r := recover(); r != nil {
			msg = fmt.Sprint(r)
		}
	}()
	return a / b, "ok"
}

func main() {
	fmt.Println(safeIndex([]int{1, 2}, 1))
	fmt.Println(safeIndex([]int{1, 2}, 5))
	fmt.Println(safeDiv(7, 2))
	fmt.Println(safeDiv(7, 0))
	fmt.Println(recover()) // not panicking: nil
}
