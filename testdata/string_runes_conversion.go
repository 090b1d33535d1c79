// Proves []rune(s) decodes UTF-8 (invalid bytes become U+FFFD), string([]rune) and string(rune) encode, invalid code points become U+FFFD.
package main

import "fmt"

func main() {
	s := "aé世😀"
	r := []rune(s)
	fmt.Println(len(s), len(r), r)
	r[0] = 'A'
	fmt.Println(string(r), s)
	fmt.Println(string(rune(65)), string(rune(0x4e16)), string(rune(-1)), string(rune(0x110000)), string(rune(0xD800)))
	bad := "a\xffb\xe4\xb8"
	fmt.Println([]rune(bad), len([]rune(bad)))
	fmt.Printf("%q\n", string([]rune(bad)))
	fmt.Println(string([]rune{}), len([]rune("")), []rune(""))
	fmt.Printf("%U %U\n", []rune("ok"), 'x')
	for _, c := range []rune{0, 0x7f, 0x80, 0x7ff, 0x800, 0xffff, 0x10000, 0x10ffff} {
		fmt.Print(len(string(c)), " ")
	}
	fmt.Println()
}
