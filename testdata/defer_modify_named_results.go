// Deferred closures read and modify named results after return sets them, including after a recovered panic.
package main

import (
	"errors"
	"fmt"
)

func double() (n int) {
	defer func() { n *= 2 }()
	return 21
}

func order() (s string) {
	defer func() { s += "-d1" }()
	defer func() { s += "-d2" }()
	s = "body"
	return s + "-ret"
}

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
			q = -1
		}
	}()
	return a / b, nil
}

func wrapErr() (err error) {
	defer func() {
		if err != nil {
			err = fmt.Errorf("wrapped: %w", err)
		}
	}()
	return errors.New("base")
}

func unnamed() int {
	x := 1
	defer func() { x = 100 }()
	return x
}

func main() {
	fmt.Println(double(), order())
	fmt.Println(safeDiv(7, 2))
	fmt.Println(safeDiv(1, 0))
	err := wrapErr()
	fmt.Println(err, errors.Unwrap(err))
	fmt.Println(unnamed())
}
