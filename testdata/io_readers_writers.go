// Proves io plumbing with concrete types: strings.Reader, io.Copy into bytes.Buffer, io.LimitReader, io.ReadFull errors, io.MultiWriter to stdout.
package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"strings"
)

func main() {
	r := strings.NewReader("hello, reader")
	var buf bytes.Buffer
	n, err := io.Copy(&buf, r)
	fmt.Println(n, err, buf.String())
	lr := io.LimitReader(strings.NewReader("0123456789"), 4)
	data, err := io.ReadAll(lr)
	fmt.Println(string(data), err)
	p := make([]byte, 8)
	k, err := io.ReadFull(strings.NewReader("abc"), p)
	fmt.Println(k, err)
	k, err = io.ReadFull(strings.NewReader(""), p)
	fmt.Println(k, err)
	sr := strings.NewReader("xyz")
	b1, _ := sr.ReadByte()
	sr.UnreadByte()
	rest, _ := io.ReadAll(sr)
	fmt.Println(string(b1), string(rest), sr.Len())
	var log bytes.Buffer
	w := io.MultiWriter(os.Stdout, &log)
	fmt.Fprintf(w, "written %d times\n", 2)
	fmt.Print(log.String())
	io.WriteString(os.Stdout, "io.WriteString\n")
	sec := io.NewSectionReader(strings.NewReader("0123456789"), 3, 4)
	sd, _ := io.ReadAll(sec)
	fmt.Println(string(sd))
}
