// Intended error: using _ as a value.
package main

import "fmt"

func main() {
	x := _
	fmt.Println(x)
}
