// Proves string comparison is bytewise lexicographic: ==, !=, <, <=, >, >=, prefixes, case, multibyte.
package main

import (
	"fmt"
	"strings"
)

func main() {
	pairs := [][2]string{
		{"abc", "abc"}, {"abc", "abd"}, {"ab", "abc"}, {"", "a"}, {"", ""},
		{"B", "a"}, {"a", "B"}, {"é", "z"}, {"z", "é"}, {"abc\x00", "abc"}, {"\xff", "\xfe"},
	}
	for _, p := range pairs {
		a, b := p[0], p[1]
		fmt.Printf("%q %q == %v != %v < %v <= %v > %v >= %v cmp %d\n", a, b, a == b, a != b, a < b, a <= b, a > b, a >= b, strings.Compare(a, b))
	}
	s1 := "hello"
	s2 := "hel" + "lo"
	fmt.Println(s1 == s2, strings.EqualFold("GoLang", "golang"))
}
