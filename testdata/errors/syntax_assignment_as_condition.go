// Intended error: an assignment used as the condition of if.
package main

import "fmt"

func main() {
	x := 0
	if x = 1 {
		fmt.Println(x)
	}
}
