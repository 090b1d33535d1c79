// Proves []byte(s) and string(b) copy the data: mutating the slice never changes the string, and vice versa.
package main

import (
	"bytes"
	"fmt"
)

func main() {
	s := "hello"
	b := []byte(s)
	b[0] = 'j'
	fmt.Println(s, string(b), len(b), cap(b) >= 5)
	s2 := string(b)
	b[1] = 'u'
	fmt.Println(s2, string(b))
	fmt.Println([]byte("é世"), []byte(""), len([]byte("")))
	var nilb []byte
	fmt.Printf("%q %v\n", string(nilb), []byte(nilb) == nil)
	bb := []byte{0xe4, 0xb8, 0x96, 0xff, 'a'}
	fmt.Printf("%q %d\n", string(bb), len(string(bb)))
	fmt.Println(bytes.Equal([]byte("x"), []byte(s[4:])))
	type MyBytes []byte
	mb := MyBytes("typed")
	fmt.Println(string(mb), mb)
	b2 := append([]byte("abc"), "def"...)
	fmt.Println(string(b2))
	n := copy(b2, "XY")
	fmt.Println(n, string(b2))
}
