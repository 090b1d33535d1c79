// Custom error types with Is and As methods, Unwrap chains and errors.Join trees.
package main

import (
	"errors"
	"fmt"
)

type Code int

type CodeErr struct {
	C   Code
	Err error
}

func (e *CodeErr) Error() string { return fmt.Sprintf("code %d: %v", e.C, e.Err) }
func (e *CodeErr) Unwrap() error { return e.Err }
func (e *CodeErr) Is(target error) bool {
	t, ok := target.(*CodeErr)
	return ok && t.C == e.C
}

type Temporary interface{ Temporary() bool }

type netErr struct{}

func (netErr) Error() string   { return "net down" }
func (netErr) Temporary() bool { return true }

var ErrBase = errors.New("base")

func main() {
	e := fmt.Errorf("ctx: %w", &CodeErr{404, ErrBase})
	fmt.Println(e)
	fmt.Println(errors.Is(e, &CodeErr{C: 404}), errors.Is(e, &CodeErr{C: 500}), errors.Is(e, ErrBase))
	var ce *CodeErr
	if errors.As(e, &ce) {
		fmt.Println("as:", ce.C)
	}
	var tmp Temporary
	j := errors.Join(ErrBase, fmt.Errorf("wrap: %w", netErr{}))
	fmt.Println(errors.As(j, &tmp), tmp != nil && tmp.Temporary())
	fmt.Printf("%q\n", j.Error())
	fmt.Println(errors.Is(nil, ErrBase), errors.Unwrap(ErrBase))
	var target *CodeErr
	fmt.Println(errors.As(ErrBase, &target), target == nil)
}
