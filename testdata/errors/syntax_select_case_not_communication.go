// Intended error: a select case that is not a send or receive.
package main

import "fmt"

func main() {
	x := 1
	fmt.Println(x)
	select {
	case x > 0:
	}
}
