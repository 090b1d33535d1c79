// Argument indexes: reuse after %[n], * with indexes, indexes past the end, and EXTRA with reordering (not reported).
package main

import "fmt"

func main() {
	fmt.Printf("%[1]d %[1]x %[1]o %#[1]b\n", 10)
	fmt.Printf("%[2]d %d %d\n", 1, 2, 3)
	fmt.Printf("%[3]*.[2]*[1]f|\n", 12.0, 2, 6)
	fmt.Printf("%d %d %[1]d %d\n", 1, 2)
	fmt.Printf("%[5]d\n", 1, 2)
	fmt.Printf("%[1]d\n", 1, 2, 3)
	fmt.Printf("%d\n", 1, 2, 3)
	fmt.Printf("%[2]s %[1]s\n", "world", "hello", "extra")
	fmt.Printf("%[-1]d %[a]d %[1\n", 5)
	fmt.Printf("%.[2]d|%[1]*d|\n", 7, 3)
	fmt.Printf("%v %[1]T %[1]q\n", "s")
}
