// Intended error: a map type whose key type is a slice.
package main

import "fmt"

func main() {
	m := map[[]int]string{}
	fmt.Println(m)
}
