// Proves string indexing yields bytes (not runes), including bytes inside multibyte UTF-8 sequences.
package main

import "fmt"

func main() {
	s := "héllo, 世界"
	fmt.Println(len(s))
	for i := 0; i < len(s); i++ {
		fmt.Printf("%d:%d:%x ", i, s[i], s[i])
	}
	fmt.Println()
	b := s[1]
	fmt.Printf("%T %v %c\n", b, b, s[0])
	fmt.Println(s[len(s)-1], "hello"[1], "abc"[2] == 'c')
	var sum int
	for i := range len(s) {
		sum += int(s[i])
	}
	fmt.Println("sum:", sum)
}
