// Proves closing an already closed channel panics with "close of closed channel".
package main

import "fmt"

func main() {
	ch := make(chan string)
	close(ch)
	v, ok := <-ch
	fmt.Printf("%q %v\n", v, ok)
	close(ch)
}
