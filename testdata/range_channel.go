// Proves range over a channel receives until the channel is closed and drained, with buffered and unbuffered channels.
package main

import "fmt"

func main() {
	ch := make(chan int, 3)
	go func() {
		for i := 1; i <= 5; i++ {
			ch <- i * i
		}
		close(ch)
	}()
	for v := range ch {
		fmt.Print(v, " ")
	}
	fmt.Println()
	words := make(chan string)
	go func() {
		for _, w := range []string{"alpha", "beta", "gamma"} {
			words <- w
		}
		close(words)
	}()
	n := 0
	for w := range words {
		n += len(w)
		fmt.Println(w)
	}
	fmt.Println("total", n)
	closed := make(chan bool)
	close(closed)
	for range closed {
		fmt.Println("never")
	}
	buf := make(chan int, 2)
	buf <- 1
	buf <- 2
	close(buf)
	for v := range buf {
		fmt.Println("drained", v)
	}
}
