// Intended error: a call of len used as a statement.
package main

import "fmt"

func main() {
	s := "abc"
	len(s)
	fmt.Println(s)
}
