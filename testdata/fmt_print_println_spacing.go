// Proves fmt.Print adds spaces only between operands that are both non-strings, while Println always separates with spaces.
package main

import "fmt"

func main() {
	fmt.Print("a", "b", 1, 2, "c", 3, "\n")
	fmt.Print(1, 2, 3, "\n")
	fmt.Print(1.5, true, nil, 'x', "\n")
	fmt.Println("a", "b", 1, 2, "c", 3)
	fmt.Println()
	fmt.Println(nil, true, 'x', 2.0, "")
	s := fmt.Sprint("x", 1, 2, "y")
	t := fmt.Sprintln("x", 1, 2, "y")
	fmt.Printf("%q %q\n", s, t)
	n, err := fmt.Print("counted\n")
	fmt.Println(n, err)
}
