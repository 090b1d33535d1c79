// Widths and precisions count runes, not bytes, for %s, %q, %v and %c; padding with multi-byte characters.
package main

import "fmt"

func main() {
	s := "héllo, 世界"
	fmt.Printf("[%12s][%-12s][%.3s][%12.3s]\n", s, s, s, s)
	fmt.Printf("[%5c][%-5c][%05d]\n", '世', 'é', 42)
	fmt.Printf("[%10q][%.4q]\n", "世界", "世界世界")
	fmt.Printf("[%8v][%-8v]\n", "日本", "日本")
	fmt.Printf("[%6x][% x]\n", "é", "世")
	fmt.Printf("[%3s][%.0s][%.10s]\n", "abcdef", "abc", "ab")
	fmt.Printf("[%*s][%-*s]\n", 6, "世", 6, "世")
	fmt.Printf("[%5t][%-7v]\n", true, nil)
	fmt.Printf("[%6.2f][%-8.1e][%08.2f]\n", 3.14159, 12345.678, -1.5)
}
