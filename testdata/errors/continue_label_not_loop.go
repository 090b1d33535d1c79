// Intended error: continue naming a label of a switch.
package main

import "fmt"

func main() {
	for i := 0; i < 2; i++ {
	S:
		switch i {
		case 0:
			continue S
		}
		fmt.Println(i)
	}
}
