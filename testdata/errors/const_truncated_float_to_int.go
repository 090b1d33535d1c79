// Intended error: assigning 1.5 to an int (truncated).
package main

import "fmt"

func main() {
	var i int = 1.5
	fmt.Println(i)
}
