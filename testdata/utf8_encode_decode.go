// Proves unicode/utf8 encoding and decoding: RuneLen, EncodeRune, DecodeRuneInString (incl. errors), DecodeLastRune, Valid, AppendRune.
package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	for _, r := range []rune{'a', 'é', '世', '😀', -1, 0xD800, utf8.MaxRune + 1} {
		buf := make([]byte, 4)
		n := utf8.EncodeRune(buf, r)
		fmt.Println(r, utf8.RuneLen(r), n, buf[:n], utf8.ValidRune(r))
	}
	s := "世a\xff"
	for len(s) > 0 {
		r, size := utf8.DecodeRuneInString(s)
		fmt.Printf("%q %d\n", r, size)
		s = s[size:]
	}
	r, size := utf8.DecodeRuneInString("")
	fmt.Println(r == utf8.RuneError, size)
	lr, ls := utf8.DecodeLastRuneInString("ab😀")
	fmt.Printf("%q %d\n", lr, ls)
	fmt.Println(utf8.Valid([]byte("ok")), utf8.Valid([]byte{0xc3}), utf8.FullRune([]byte{0xe4, 0xb8}), utf8.RuneStart(0x80))
	fmt.Println(string(utf8.AppendRune([]byte("x"), 'ü')), utf8.UTFMax, utf8.RuneSelf)
}
