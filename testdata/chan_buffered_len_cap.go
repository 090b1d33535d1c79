// Proves buffered channel semantics: FIFO order, len/cap, sends don't block until the buffer is full, nil channel len/cap are 0.
package main

import "fmt"

func main() {
	ch := make(chan string, 3)
	fmt.Println(len(ch), cap(ch))
	ch <- "a"
	ch <- "b"
	fmt.Println(len(ch), cap(ch))
	ch <- "c"
	fmt.Println(<-ch, len(ch))
	ch <- "d"
	fmt.Println(<-ch, <-ch, <-ch, len(ch))
	var nilch chan int
	fmt.Println(len(nilch), cap(nilch))
	unbuf := make(chan int)
	fmt.Println(len(unbuf), cap(unbuf))
	// a full buffer blocks the sender until a receiver makes room
	full := make(chan int, 1)
	full <- 1
	done := make(chan bool)
	go func() {
		full <- 2 // blocks until main receives
		done <- true
	}()
	fmt.Println(<-full)
	<-done
	fmt.Println(<-full)
}
