// Proves strings.Builder accumulates bytes, runes and strings; Len and String; and fmt.Fprintf into it.
package main

import (
	"fmt"
	"strings"
)

func main() {
	var sb strings.Builder
	for i := 0; i < 3; i++ {
		fmt.Fprintf(&sb, "%d-", i)
	}
	sb.WriteString("end")
	sb.WriteByte('!')
	sb.WriteRune('世')
	fmt.Println(sb.String(), sb.Len())
	sb.Reset()
	fmt.Printf("%q %d\n", sb.String(), sb.Len())
	var b2 strings.Builder
	b2.Grow(64)
	for i := 0; i < 1000; i++ {
		b2.WriteByte(byte('a' + i%26))
	}
	s := b2.String()
	fmt.Println(len(s), s[:30], s[len(s)-5:])
}
