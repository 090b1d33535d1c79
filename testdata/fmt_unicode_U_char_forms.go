// %U and %#U with widths and flags, %c of invalid code points, %q of runes and strings with invalid UTF-8 and %+q.
package main

import "fmt"

func main() {
	for _, r := range []rune{'a', 'é', '世', 0x1F600, 0, 0x7F, -1, 0xD800, 0x10FFFF, 0x110000} {
		fmt.Printf("%U|%#U|%10U|%-10U|%q|%+q|%c|\n", r, r, r, r, r, r, r)
	}
	fmt.Printf("%q %+q %#q %x\n", "a\xffb", "é\x00", "`raw`", "\xff")
	fmt.Printf("%q %q %q\n", '\'', '"', '\\')
	fmt.Printf("%#q %#q\n", "no`backquote", "plain")
	fmt.Printf("%08U|%.2U|%#08U\n", 'x', 'x', 'x')
}
