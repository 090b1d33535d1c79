// Proves range over invalid UTF-8 yields U+FFFD with width 1 per bad byte, including truncated and overlong sequences and surrogates.
package main

import "fmt"

func main() {
	tests := []string{
		"\xff",
		"a\x80b",
		"\xe4\xb8",       // truncated 3-byte sequence
		"\xc0\xaf",       // overlong encoding of '/'
		"\xed\xa0\x80",   // UTF-16 surrogate
		"\xf4\x90\x80\x80", // above U+10FFFF
		"ok\xef\xbf\xbd", // a real U+FFFD
		"\xe4\xb8\x96\xe4",
	}
	for _, s := range tests {
		fmt.Printf("%q:", s)
		prev := -1
		for i, r := range s {
			if prev >= 0 {
				fmt.Printf(" w=%d", i-prev)
			}
			fmt.Printf(" [%d %U]", i, r)
			prev = i
		}
		fmt.Println()
	}
}
