// Proves slicing a string beyond its length panics with "slice bounds out of range [:7] with length 5".
package main

import "fmt"

func main() {
	s := "hello"
	j := 5
	fmt.Println(s[:j])
	j += 2
	fmt.Println(s[:j])
}
