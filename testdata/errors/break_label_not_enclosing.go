// Intended error: break naming a label of a loop that does not enclose it.
package main

import "fmt"

func main() {
L:
	for i := 0; i < 1; i++ {
		fmt.Println(i)
	}
	for {
		break L
	}
}
