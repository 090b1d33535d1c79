// Proves fair preemption: with GOMAXPROCS(1) and four call-free spinning goroutines, a fifth goroutine still gets to run and report.
package main

import (
	"fmt"
	"runtime"
)

var counters [4]int

func main() {
	runtime.GOMAXPROCS(1)
	for i := range 4 {
		go func() {
			for {
				counters[i]++
			}
		}()
	}
	result := make(chan int)
	go func() {
		sum := 0
		for i := 1; i <= 1000; i++ {
			sum += i
		}
		result <- sum
	}()
	fmt.Println("late goroutine computed", <-result)
	runtime.Gosched()
	fmt.Println("main finished")
}
