// Proves string verbs: %s %q %x %X % x %v with width, precision (truncation by runes), flags - and #, on strings and []byte.
package main

import "fmt"

func main() {
	s := "héllo"
	fmt.Printf("[%s] [%10s] [%-10s] [%.2s] [%8.3s]\n", s, s, s, s, s)
	fmt.Printf("[%q] [%+q] [%#q] [%#q]\n", s, s, s, "back`tick")
	fmt.Printf("[%x] [%X] [% x] [%#x] [% #x]\n", s, s, s, "ab", "ab")
	b := []byte("go\n")
	fmt.Printf("[%s] [%q] [%x] [%v] [%d]\n", b, b, b, b, b)
	fmt.Printf("[%q] [%q] [%q]\n", "tab\there", "\x00\xff", "日本")
	fmt.Printf("[%5q] [%-6q] [%.1q]\n", "a", "b", "abc")
	fmt.Printf("[%s] [%v] [%q]\n", "", "", "")
	fmt.Printf("[%c|%-3c|%3c]\n", 'A', 'B', '世')
	fmt.Printf("%s\n", []string{"a", "b"})
	fmt.Printf("%q\n", []string{"a b", "c"})
	fmt.Printf("%x\n", []string{"hi", "yo"})
	fmt.Printf("%05s|%-05s|\n", "ab", "ab")
}
