// Proves a send on an unbuffered channel with no receiver deadlocks the program.
package main

import "fmt"

func main() {
	ch := make(chan int)
	fmt.Println("sending to myself")
	ch <- 1
	fmt.Println(<-ch)
}
