// Proves directional channel types: bidirectional converts implicitly to send-only/receive-only, %T shows them, chan of chan for replies.
package main

import "fmt"

type request struct {
	n     int
	reply chan<- int
}

func server(reqs <-chan request) {
	for r := range reqs {
		r.reply <- r.n * r.n
	}
}

func producer(out chan<- string, n int) {
	for i := 0; i < n; i++ {
		out <- fmt.Sprint("item", i)
	}
	close(out)
}

func main() {
	reqs := make(chan request)
	go server(reqs)
	for i := 1; i <= 4; i++ {
		reply := make(chan int)
		reqs <- request{i, reply}
		fmt.Print(<-reply, " ")
	}
	fmt.Println()
	close(reqs)
	ch := make(chan string, 3)
	go producer(ch, 3)
	var recvOnly <-chan string = ch
	for s := range recvOnly {
		fmt.Println(s)
	}
	fmt.Printf("%T %T %T\n", ch, recvOnly, (chan<- string)(ch))
	chch := make(chan chan int, 1)
	inner := make(chan int, 1)
	chch <- inner
	(<-chch) <- 99
	fmt.Println(<-inner)
}
