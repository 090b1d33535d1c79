// Proves %t on bools, %c/%q/%U/%#U on runes (incl. non-printable and invalid), and %v of a rune printing its number.
package main

import "fmt"

func main() {
	fmt.Printf("%t %t %v %5t|%-6t|\n", true, false, true, false, true)
	for _, r := range []rune{'a', 'é', '\n', 0x7f, 0x1F600, 0xFFFD, -1, 0x110000} {
		fmt.Printf("%v %c %q %U %#U %+q\n", r, r, r, r, r, r)
	}
	var b byte = 'z'
	fmt.Printf("%v %c %q %x\n", b, b, b, b)
}
