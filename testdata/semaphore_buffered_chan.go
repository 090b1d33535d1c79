// Proves a buffered channel as a counting semaphore: never more than 3 of 20 goroutines are inside the critical section.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
	"time"
)

func main() {
	sem := make(chan struct{}, 3)
	var inside, maxInside atomic.Int32
	var wg sync.WaitGroup
	var done atomic.Int32
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func() {
			sem <- struct{}{}
			n := inside.Add(1)
			for {
				m := maxInside.Load()
				if n <= m || maxInside.CompareAndSwap(m, n) {
					break
				}
			}
			time.Sleep(time.Millisecond)
			inside.Add(-1)
			<-sem
			done.Add(1)
			wg.Done()
		}()
	}
	wg.Wait()
	fmt.Println("completed:", done.Load(), "max inside <= 3:", maxInside.Load() <= 3, "inside now:", inside.Load())
}
