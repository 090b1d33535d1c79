// Intended error: sending to a receive-only channel.
package main

import "fmt"

func main() {
	ch := make(<-chan int)
	ch <- 1
	fmt.Println(ch)
}
