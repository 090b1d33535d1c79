// Proves string slicing by byte offsets: omitted bounds, empty results, and cutting inside a multibyte rune.
package main

import "fmt"

func main() {
	s := "Hello, 世界!"
	fmt.Println(s[:5], "|", s[7:], "|", s[7:10], "|", s[:], "|", s[3:3], "|", len(s[3:3]))
	fmt.Printf("%q %q\n", s[7:8], s[8:10])
	t := s[7:13]
	fmt.Println(t, len(t))
	sub := s[2:]
	sub2 := sub[1:4]
	fmt.Println(sub2)
	lo, hi := 1, 4
	fmt.Println("abcdef"[lo:hi], "abcdef"[hi:])
	e := ""
	fmt.Println(e[0:0] == "", len(e[:]))
	fmt.Println(s[len(s):] == "")
}
