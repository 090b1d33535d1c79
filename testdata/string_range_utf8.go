// Proves range over a string decodes UTF-8, yielding byte offsets and runes of 1 to 4 bytes.
package main

import "fmt"

func main() {
	s := "aé世😀z"
	for i, r := range s {
		fmt.Printf("%d %q %U %d\n", i, r, r, len(string(r)))
	}
	n := 0
	for range s {
		n++
	}
	fmt.Println("runes:", n, "bytes:", len(s))
	for i := range "héllo" {
		fmt.Print(i, " ")
	}
	fmt.Println()
	for _, r := range "" {
		fmt.Println("never", r)
	}
	var last rune
	for _, last = range "xyz" {
	}
	fmt.Println(string(last))
}
