// Interfaces embedding interfaces with overlapping methods form the union of their method sets.
package main

import (
	"fmt"
	"io"
	"strings"
)

type Reader interface{ Read() string }
type Closer interface{ Close() error }
type ReadCloser interface {
	Reader
	Closer
}
type ReadCloser2 interface {
	ReadCloser
	Reader
	Close() error
}

type file struct {
	name   string
	closed bool
}

func (f *file) Read() string  { return "data:" + f.name }
func (f *file) Close() error  { f.closed = true; return nil }
func (f *file) String() string { return f.name }

func main() {
	f := &file{name: "a"}
	var rc ReadCloser2 = f
	fmt.Println(rc.Read(), rc.Close(), f.closed)
	var r Reader = rc
	fmt.Println(r.Read())
	_, isCloser := r.(Closer)
	_, isStr := r.(fmt.Stringer)
	fmt.Println(isCloser, isStr)
	var rw io.Reader = strings.NewReader("hi")
	_, ok := rw.(io.WriterTo)
	_, ok2 := rw.(io.Writer)
	fmt.Println(ok, ok2)
	var rc1 ReadCloser = rc
	var rc2 ReadCloser2 = rc1
	fmt.Println(rc1 == rc2)
}
