// Proves select with time.After: a slow result loses to a timeout, a fast result wins.
package main

import (
	"fmt"
	"time"
)

func work(d time.Duration) chan string {
	ch := make(chan string, 1)
	go func() {
		time.Sleep(d)
		ch <- fmt.Sprint("finished after ", d)
	}()
	return ch
}

func main() {
	select {
	case r := <-work(500 * time.Millisecond):
		fmt.Println(r)
	case <-time.After(20 * time.Millisecond):
		fmt.Println("timeout")
	}
	select {
	case r := <-work(time.Millisecond):
		fmt.Println(r)
	case <-time.After(2 * time.Second):
		fmt.Println("timeout")
	}
	start := time.Now()
	<-time.After(30 * time.Millisecond)
	fmt.Println("waited at least 30ms:", time.Since(start) >= 30*time.Millisecond)
	blocked := make(chan int)
	select {
	case <-blocked:
	case t := <-time.After(time.Millisecond):
		fmt.Println("time.After delivers a time:", !t.IsZero())
	}
}
