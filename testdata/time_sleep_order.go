// Proves time.Sleep parks goroutines for their duration: goroutines sleeping 100, 300 and 200 ms finish in order of duration.
package main

import (
	"fmt"
	"time"
)

func main() {
	out := make(chan int)
	for _, ms := range []int{300, 100, 200} {
		go func() {
			time.Sleep(time.Duration(ms) * time.Millisecond)
			out <- ms
		}()
	}
	for i := 0; i < 3; i++ {
		fmt.Println(<-out)
	}
	start := time.Now()
	time.Sleep(25 * time.Millisecond)
	fmt.Println(time.Since(start) >= 25*time.Millisecond)
	time.Sleep(0)
	time.Sleep(-time.Second)
	fmt.Println("zero and negative sleeps return")
}
