// Intended error: a constant negative shift count.
package main

import "fmt"

func main() {
	x := 1
	fmt.Println(x << -1)
}
