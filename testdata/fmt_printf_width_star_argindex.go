// Proves %*d and %.*f take width/precision from arguments (negative width means left-justify) and explicit argument indexes %[n]d.
package main

import "fmt"

func main() {
	fmt.Printf("[%*d] [%-*d] [%*d]\n", 5, 42, 5, 42, -5, 42)
	fmt.Printf("[%.*f] [%*.*f]\n", 2, 3.14159, 8, 3, 3.14159)
	fmt.Printf("%[2]d %[1]d\n", 10, 20)
	fmt.Printf("%[1]d %[1]x %[1]o %[1]b %[1]q\n", 65)
	fmt.Printf("%d %d %[1]d %d\n", 1, 2)
	fmt.Printf("%[3]*.[2]*[1]f|\n", 12.0, 2, 6)
	fmt.Printf("%s %[1]T\n", "str")
}
