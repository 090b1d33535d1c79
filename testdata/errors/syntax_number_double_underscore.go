// Intended error: '_' not separating successive digits in a number literal.
package main

import "fmt"

func main() {
	x := 1__000
	fmt.Println(x)
}
