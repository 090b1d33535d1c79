// Intended error: typed constant arithmetic overflowing int8.
package main

import "fmt"

func main() {
	const a int8 = 100
	const b = a * 2
	fmt.Println(b)
}
