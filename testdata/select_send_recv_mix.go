// Proves select mixing send and receive cases: a producer loop that sends when possible and stops on a quit signal.
package main

import "fmt"

func fibonacci(c, quit chan int) int {
	x, y := 0, 1
	sent := 0
	for {
		select {
		case c <- x:
			x, y = y, x+y
			sent++
		case <-quit:
			return sent
		}
	}
}

func main() {
	c := make(chan int)
	quit := make(chan int)
	go func() {
		for i := 0; i < 10; i++ {
			fmt.Print(<-c, " ")
		}
		fmt.Println()
		quit <- 0
	}()
	fmt.Println("sent", fibonacci(c, quit))
}
