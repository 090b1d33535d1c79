// Proves closing a nil channel panics with "close of nil channel".
package main

import "fmt"

func main() {
	var ch chan int
	fmt.Println(ch == nil)
	close(ch)
}
