// Widths and precisions from arguments with *, combined with argument indexes and all flag orders.
package main

import "fmt"

func main() {
	fmt.Printf("|%*d|%-*d|%*s|\n", 5, 1, 5, 2, -6, "ab")
	fmt.Printf("|%.*f|%*.*f|\n", 2, 3.14159, 8, 3, 2.71828)
	fmt.Printf("|%[2]*[1]d|%[3]*.[2]*[1]f|\n", 12, 6, 10)
	fmt.Printf("|%[1]d %[1]x %[1]o %[1]b|\n", 10)
	fmt.Printf("|%[2]s %[1]s %s|\n", "a", "b")
	fmt.Printf("|%3c|%-3c|%03d|%+03d|\n", 'x', 'y', -5, 5)
	fmt.Printf("|%6.2f|%-8.3e|%08.3f|% .2f|\n", 3.14159, 1234.5, -3.14159, 2.0)
	fmt.Printf("|%5t|%-6t|\n", true, false)
	fmt.Printf("|%10v|%-10v|\n", []int{1, 2}, map[string]int{"a": 1})
	fmt.Printf("|%6.2v|\n", "abcdef")
	fmt.Printf("|%0*d|\n", 6, -42)
	fmt.Printf("|%#*x|\n", 8, 255)
	fmt.Printf("|%-05d|%0-5d|\n", 3, 3)
	fmt.Printf("|%x|% x|%#x|% #x|\n", "hey", "hey", "hey", "hey")
	fmt.Printf("|%08s|%-08s|%08q|\n", "ab", "ab", "ab")
}
