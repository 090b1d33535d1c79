// fmt.Errorf with %w wraps (errors.Is/As/Unwrap see through), multiple %w, %w with a non-error, and %v not wrapping.
package main

import (
	"errors"
	"fmt"
	"io"
	"os"
)

type PathErr struct{ Path string }

func (e *PathErr) Error() string { return "bad path " + e.Path }

func main() {
	base := &PathErr{"/x"}
	e1 := fmt.Errorf("open: %w", base)
	e2 := fmt.Errorf("layer2: %w", e1)
	fmt.Println(e2)
	var pe *PathErr
	fmt.Println(errors.Is(e2, base), errors.As(e2, &pe), pe.Path)
	fmt.Println(errors.Unwrap(e2) == e1, errors.Unwrap(base) == nil)
	e3 := fmt.Errorf("not wrapped: %v", base)
	fmt.Println(errors.Is(e3, base), errors.Unwrap(e3) == nil)
	multi := fmt.Errorf("both: %w and %w", io.EOF, os.ErrNotExist)
	fmt.Println(multi, errors.Is(multi, io.EOF), errors.Is(multi, os.ErrNotExist), errors.Unwrap(multi) == nil)
	bad := fmt.Errorf("bad: %w", "not an error")
	fmt.Println(bad)
	nilw := fmt.Errorf("nil: %w", nil)
	fmt.Println(nilw, errors.Unwrap(nilw) == nil)
	fmt.Printf("%T %T %T\n", e1, multi, fmt.Errorf("plain"))
	j := errors.Join(io.EOF, nil, base)
	fmt.Printf("%q %v\n", j.Error(), errors.Is(j, io.EOF))
	fmt.Println(errors.Join(nil, nil) == nil)
}
