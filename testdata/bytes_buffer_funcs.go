// Proves bytes.Buffer writing and reading, and bytes package helpers (Equal, Compare, Index, Split, ToUpper, Fields, TrimSpace).
package main

import (
	"bytes"
	"fmt"
)

func main() {
	var buf bytes.Buffer
	buf.WriteString("hello ")
	buf.Write([]byte("world"))
	buf.WriteByte('\n')
	fmt.Fprintf(&buf, "%d+%d=%d\n", 2, 3, 5)
	fmt.Print(buf.String())
	fmt.Println(buf.Len())
	line, err := buf.ReadString('\n')
	fmt.Printf("%q %v %d\n", line, err, buf.Len())
	p := make([]byte, 3)
	n, err := buf.Read(p)
	fmt.Println(n, err, string(p))
	rest, err := buf.ReadString('\n')
	fmt.Printf("%q %v\n", rest, err)
	_, err = buf.ReadByte()
	fmt.Println(err)
	a, b := []byte("abc"), []byte("abd")
	fmt.Println(bytes.Equal(a, b), bytes.Compare(a, b), bytes.Index([]byte("chicken"), []byte("ken")))
	fmt.Printf("%q\n", bytes.Split([]byte("a b c"), []byte(" ")))
	fmt.Printf("%s %q %q\n", bytes.ToUpper(a), bytes.Fields([]byte(" x  y ")), bytes.TrimSpace([]byte("  t  ")))
	fmt.Println(bytes.HasPrefix(a, []byte("ab")), bytes.Contains(a, []byte("bc")), bytes.Repeat([]byte("-"), 5))
}
