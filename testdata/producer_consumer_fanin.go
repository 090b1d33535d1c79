// Proves fan-in: three producers send into one channel, a closer goroutine closes it after a WaitGroup, the consumer totals exactly.
package main

import (
	"fmt"
	"sync"
)

func main() {
	out := make(chan int)
	var wg sync.WaitGroup
	for p := 1; p <= 3; p++ {
		wg.Add(1)
		go func() {
			for i := 1; i <= 100; i++ {
				out <- p * i
			}
			wg.Done()
		}()
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	count, total := 0, 0
	for v := range out {
		count++
		total += v
	}
	fmt.Println(count, total)
}
