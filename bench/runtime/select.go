// Select: two producers on two unbuffered channels, one consumer selecting.
package main

import (
	"fmt"
	"os"
	"strconv"
)

func main() {
	n := 1000000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	a, b := make(chan int), make(chan int)
	go func() {
		for i := 0; i < n; i++ {
			a <- i
		}
	}()
	go func() {
		for i := 0; i < n; i++ {
			b <- i
		}
	}()
	s := 0
	for i := 0; i < 2*n; i++ {
		select {
		case v := <-a:
			s += v
		case v := <-b:
			s += v
		}
	}
	fmt.Println("ok", s)
}
