// Proves errors.As assigns by the target's type (concrete value and pointer
// types, interfaces, through Unwrap chains and Join trees), panics on bad
// targets with Go's messages, and errors.Is skips == for an uncomparable target.
package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
)

type codeErr struct{ code int }

func (e codeErr) Error() string { return fmt.Sprintf("code %d", e.code) }

type ptrErr struct{ msg string }

func (e *ptrErr) Error() string { return e.msg }

type listErr []string

func (l listErr) Error() string { return fmt.Sprint([]string(l)) }

type temporary interface{ Temporary() bool }

type tempErr struct{}

func (tempErr) Error() string   { return "temp" }
func (tempErr) Temporary() bool { return true }

type matchAll struct{}

func (matchAll) Error() string        { return "matchAll" }
func (matchAll) Is(target error) bool { return true }

func try(name string, f func()) {
	defer func() { fmt.Println(name, "panic:", recover()) }()
	f()
}

func main() {
	wrapped := fmt.Errorf("outer: %w", fmt.Errorf("inner: %w", codeErr{42}))
	var ce codeErr
	fmt.Println(errors.As(wrapped, &ce), ce.code)

	var pe *ptrErr
	fmt.Println(errors.As(wrapped, &pe), pe == nil)
	perr := &ptrErr{"boom"}
	fmt.Println(errors.As(fmt.Errorf("w: %w", perr), &pe), pe == perr)

	var tmp temporary
	fmt.Println(errors.As(fmt.Errorf("w: %w", tempErr{}), &tmp), tmp != nil)

	var anyErr interface{ Error() string }
	fmt.Println(errors.As(wrapped, &anyErr), anyErr)

	joined := errors.Join(errors.New("first"), listErr{"a", "b"})
	var le listErr
	fmt.Println(errors.As(joined, &le), le)

	_, err := os.Open("/definitely/not/here")
	var pathErr *fs.PathError
	fmt.Println(errors.As(err, &pathErr), pathErr.Op, errors.Is(err, fs.ErrNotExist))

	fmt.Println(errors.Is(listErr{"x"}, listErr{"x"}))
	fmt.Println(errors.Is(matchAll{}, listErr{"x"}))
	fmt.Println(errors.Is(codeErr{1}, codeErr{1}), errors.Is(codeErr{1}, codeErr{2}))

	try("nil target", func() { errors.As(wrapped, nil) })
	try("non-pointer", func() { errors.As(wrapped, ce) })
	try("nil pointer", func() { errors.As(wrapped, (*codeErr)(nil)) })
	try("bad elem", func() {
		var n int
		errors.As(wrapped, &n)
	})
}
