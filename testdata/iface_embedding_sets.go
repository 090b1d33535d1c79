// Proves interface embedding (union of method sets), assignability between interfaces, and method sets of T vs *T.
package main

import "fmt"

type Reader interface{ Read() string }
type Writer interface{ Write(s string) }
type ReadWriter interface {
	Reader
	Writer
}

type Buffer struct{ data []string }

func (b *Buffer) Write(s string) { b.data = append(b.data, s) }
func (b *Buffer) Read() string {
	if len(b.data) == 0 {
		return ""
	}
	s := b.data[0]
	b.data = b.data[1:]
	return s
}

func main() {
	b := &Buffer{}
	var rw ReadWriter = b
	var w Writer = rw // a ReadWriter is a Writer
	w.Write("one")
	w.Write("two")
	var r Reader = rw
	fmt.Println(r.Read(), r.Read(), r.Read() == "")
	_, isWriter := r.(Writer)
	fmt.Println(isWriter)
}
