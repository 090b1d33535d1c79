// Proves unbuffered channels synchronise two goroutines: a ball passed back and forth strictly alternates.
package main

import "fmt"

func player(name string, in <-chan int, out chan<- int, done chan<- string) {
	for ball := range in {
		fmt.Println(name, "hits", ball)
		if ball >= 10 {
			close(out)
			break
		}
		out <- ball + 1
	}
	done <- name
}

func main() {
	ping := make(chan int)
	pong := make(chan int)
	done := make(chan string)
	go player("ping", ping, pong, done)
	go player("pong", pong, ping, done)
	ping <- 1
	a, b := <-done, <-done // both players stop; their order is not determined
	fmt.Println("game over:", a != b)
}
