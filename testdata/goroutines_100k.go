// Proves 100,000 goroutines can exist at once (each blocks on a shared channel, then all finish with an exact sum), and a 10,000-goroutine relay chain.
package main

import (
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
)

func main() {
	const n = 100_000
	var wg sync.WaitGroup
	var sum atomic.Int64
	var ready sync.WaitGroup
	gate := make(chan struct{})
	for i := 1; i <= n; i++ {
		wg.Add(1)
		ready.Add(1)
		go func() {
			ready.Done()
			<-gate
			sum.Add(int64(i))
			wg.Done()
		}()
	}
	ready.Wait()
	fmt.Println("alive at once:", runtime.NumGoroutine() >= n)
	close(gate)
	wg.Wait()
	fmt.Println("sum", sum.Load(), sum.Load() == n*(n+1)/2)
	// a chain of 10,000 goroutines passing a value along
	first := make(chan int)
	in := first
	for i := 0; i < n/10; i++ {
		out := make(chan int)
		go func(in, out chan int) { out <- 1 + <-in }(in, out)
		in = out
	}
	first <- 0
	fmt.Println("chain", <-in)
}
