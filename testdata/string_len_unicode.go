// Proves len counts bytes while utf8.RuneCountInString counts runes; and constant len of string literals.
package main

import (
	"fmt"
	"unicode/utf8"
)

const greeting = "héllo"
const n = len(greeting) // a constant

func main() {
	for _, s := range []string{"", "a", "é", "日本語", "😀😀", "a\xffb"} {
		fmt.Println(len(s), utf8.RuneCountInString(s), utf8.ValidString(s))
	}
	var arr [n]int
	fmt.Println(n, len(arr))
	fmt.Println(len([]byte(greeting)), len([]rune(greeting)))
}
