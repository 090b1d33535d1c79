// String and byte-slice verbs %s %q %x %X % x %#q %+q with width/precision, and %v of []byte and [N]byte.
package main

import "fmt"

func main() {
	ss := []string{"", "hello", "héllo, 世界", "tab\there", "quote\"back`tick", "\x00\xff"}
	for _, s := range ss {
		fmt.Printf("[%s][%q][%+q][%#q][%x][% X][%#x][%8.3s][%-8s][%.2q]\n", s, s, s, s, s, s, s, s, s, s)
	}
	b := []byte("Go!")
	fmt.Printf("%s %q %x %X % x %v %d\n", b, b, b, b, b, b, b)
	arr := [3]byte{'a', 'b', 'c'}
	fmt.Printf("%s %x %v\n", arr, arr, arr)
	fmt.Printf("%x\n", []string{"ab", "cd"})
	fmt.Printf("%q\n", []string{"a b", "c\n"})
	fmt.Printf("%5q|%-6x|%.1x\n", "a", "ab", "abcd")
	fmt.Printf("%s\n", []any{"x", 1})
	fmt.Printf("%#v %#v\n", []byte{1, 2}, "s")
	fmt.Printf("%c %c\n", []rune("hé"), []byte("hi"))
}
