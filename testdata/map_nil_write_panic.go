// Proves writing to a nil map panics with "assignment to entry in nil map".
package main

import "fmt"

func main() {
	var m map[string]int
	fmt.Println(m["x"])
	m["x"] = 1
}
