// Intended error: a rune literal not terminated.
package main

import "fmt"

func main() {
	r := 'a
	fmt.Println(r)
}
