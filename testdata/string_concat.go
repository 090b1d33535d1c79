// Proves string concatenation with + and +=, in loops, with empty strings, and that strings are immutable values.
package main

import "fmt"

func main() {
	a := "hello"
	b := a
	a += ", world"
	fmt.Println(a, "|", b)
	s := ""
	for i := 0; i < 5; i++ {
		s += string(rune('a' + i))
	}
	fmt.Println(s, len(s))
	fmt.Println("" + "" + "x" + "")
	parts := []string{"go", "is", "fun"}
	joined := ""
	for i, p := range parts {
		if i > 0 {
			joined += " "
		}
		joined += p
	}
	fmt.Println(joined, len(joined))
	long := "ab"
	for i := 0; i < 4; i++ {
		long = long + long
	}
	fmt.Println(long, len(long))
	const c = "con" + "st"
	fmt.Println(c + "ant")
	x, y, z := "é", "日本", "😀"
	fmt.Println(x+y+z, len(x+y+z))
}
