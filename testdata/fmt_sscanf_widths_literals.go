// Sscanf with widths on verbs, %% literal, newlines in input versus format, and %c reading spaces.
package main

import "fmt"

func main() {
	var a, b int
	n, err := fmt.Sscanf("12345", "%2d%3d", &a, &b)
	fmt.Println(n, err, a, b)
	var s1, s2 string
	n, err = fmt.Sscanf("abcdef", "%3s%s", &s1, &s2)
	fmt.Println(n, err, s1, s2)
	var pct int
	n, err = fmt.Sscanf("50%", "%d%%", &pct)
	fmt.Println(n, err, pct)
	var c1, c2 rune
	n, err = fmt.Sscanf("a b", "%c%c", &c1, &c2)
	fmt.Println(n, err, string(c1), string(c2))
	n, err = fmt.Sscanf("1\n2", "%d %d", &a, &b)
	fmt.Println(n, err != nil)
	n, err = fmt.Sscanf("1\n2", "%d\n%d", &a, &b)
	fmt.Println(n, err, a, b)
	var f float64
	n, err = fmt.Sscanf("3.14159", "%4f", &f)
	fmt.Println(n, err, f)
	n, err = fmt.Sscanf("x:7", "y:%d", &a)
	fmt.Println(n, err)
}
