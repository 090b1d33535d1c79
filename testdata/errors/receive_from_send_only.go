// Intended error: receiving from a send-only channel.
package main

import "fmt"

func main() {
	ch := make(chan<- int, 1)
	fmt.Println(<-ch)
}
