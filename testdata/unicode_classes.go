// Proves unicode classification and case mapping: IsLetter, IsDigit, IsSpace, IsUpper, IsPunct, ToUpper, ToLower, ToTitle.
package main

import (
	"fmt"
	"unicode"
)

func main() {
	for _, r := range "aZ5 \t!é世Σ٣_" {
		fmt.Printf("%q L%v D%v N%v S%v U%v l%v P%v -> %q %q\n", r,
			unicode.IsLetter(r), unicode.IsDigit(r), unicode.IsNumber(r), unicode.IsSpace(r),
			unicode.IsUpper(r), unicode.IsLower(r), unicode.IsPunct(r), unicode.ToUpper(r), unicode.ToLower(r))
	}
	fmt.Println(unicode.Is(unicode.Han, '世'), unicode.In('α', unicode.Greek, unicode.Latin), unicode.MaxRune, unicode.ReplacementChar == '\uFFFD')
	fmt.Println(string(unicode.ToTitle('ǆ')), unicode.SimpleFold('A'), unicode.SimpleFold('k'))
}
