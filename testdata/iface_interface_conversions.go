// Converting between interface types: widening is implicit, narrowing needs assertion; identity after round trips.
package main

import (
	"fmt"
	"io"
	"strings"
)

type RW interface {
	io.Reader
	io.Writer
}

type buf struct{ strings.Builder }

func (b *buf) Read(p []byte) (int, error) { return 0, io.EOF }

func main() {
	b := &buf{}
	var rw RW = b
	var w io.Writer = rw
	var r io.Reader = rw
	fmt.Fprint(w, "data")
	fmt.Println(b.String())
	back, ok := w.(RW)
	fmt.Println(ok, back == rw, any(r) == any(w))
	var e any = w
	_, isReader := e.(io.Reader)
	_, isCloser := e.(io.Closer)
	fmt.Println(isReader, isCloser)
	var nilW io.Writer
	_, ok = nilW.(RW)
	fmt.Println(ok)
	n, err := r.Read(make([]byte, 4))
	fmt.Println(n, err)
	var s fmt.Stringer = b
	fmt.Println(s.String(), s == any(b))
}
