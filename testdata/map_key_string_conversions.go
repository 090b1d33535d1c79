// Map lookups with keys built by string([]byte), concatenation and substrings find the same entries.
package main

import "fmt"

func main() {
	m := map[string]int{"hello": 1, "": 2, "héllo": 3}
	b := []byte("hello")
	fmt.Println(m[string(b)], m["hel"+"lo"], m["xhello"[1:]], m[string(b[:0])])
	b[0] = 'j'
	fmt.Println(m[string(b)])
	r := []rune("héllo")
	fmt.Println(m[string(r)])
	m[string(b)] = 4
	b[0] = 'k'
	fmt.Println(m["jello"], len(m))
	bm := map[[5]byte]int{}
	bm[[5]byte(b)] = 7
	fmt.Println(bm[[5]byte{'k', 'e', 'l', 'l', 'o'}])
}
