// Buffered throughput: one producer, one consumer, a channel of 128.
package main

import (
	"fmt"
	"os"
	"strconv"
)

func main() {
	n := 10000000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	c := make(chan int, 128)
	go func() {
		for i := 0; i < n; i++ {
			c <- i
		}
		close(c)
	}()
	s := 0
	for v := range c {
		s += v
	}
	fmt.Println("ok", s)
}
