// Proves predeclared identifiers (len, true, int, string, copy, iota) can be shadowed by package-level and local declarations.
package main

import "fmt"

func len(s string) int { return 42 } // package-level shadowing of a builtin

func main() {
	fmt.Println(len("abc"))
	true := false
	fmt.Println(true, !true)
	{
		int := "an int named string"
		fmt.Println(int)
	}
	var x int = 3
	fmt.Println(x)
	string := 7
	fmt.Println(string * 2)
	copy := func(a, b int) int { return a + b }
	fmt.Println(copy(1, 2))
	iota := 9
	fmt.Println(iota)
}
