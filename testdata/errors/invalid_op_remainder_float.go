// Intended error: the % operator on floats.
package main

import "fmt"

func main() {
	f := 7.5
	fmt.Println(f % 2)
}
