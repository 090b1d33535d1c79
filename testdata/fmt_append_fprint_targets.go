// Append/Appendf/Appendln extend byte slices; Fprint* write to strings.Builder, bytes.Buffer and os.Stdout with counts.
package main

import (
	"bytes"
	"fmt"
	"os"
	"strings"
)

func main() {
	b := []byte("start:")
	b = fmt.Append(b, 1, "a", 2.5)
	b = fmt.Appendf(b, "|%03d|%q", 7, "x")
	b = fmt.Appendln(b, " end", true)
	fmt.Printf("%q\n", b)
	var sb strings.Builder
	n, err := fmt.Fprintf(&sb, "%d-%s", 12, "ab")
	fmt.Println(n, err, sb.String())
	var buf bytes.Buffer
	fmt.Fprint(&buf, "x", 1, 2, "y")
	fmt.Fprintln(&buf, "line", 3)
	fmt.Printf("%q %d\n", buf.String(), buf.Len())
	n, err = fmt.Fprintln(os.Stdout, "to stdout", []int{1})
	fmt.Println(n, err)
	s := fmt.Sprintf("%s", &sb)
	fmt.Println(s)
	var nilBuf []byte
	nilBuf = fmt.Appendf(nilBuf, "%v", nil)
	fmt.Println(string(nilBuf), len(nilBuf))
}
