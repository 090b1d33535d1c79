// Proves sync.Mutex makes concurrent increments of a shared counter exact: 50 goroutines x 1000 increments.
package main

import (
	"fmt"
	"sync"
)

type SafeCounter struct {
	mu sync.Mutex
	n  int
	byKey [4]int
}

func (c *SafeCounter) Inc(k int) {
	c.mu.Lock()
	c.n++
	c.byKey[k%4]++
	c.mu.Unlock()
}

func main() {
	var c SafeCounter
	var wg sync.WaitGroup
	for g := 0; g < 50; g++ {
		wg.Add(1)
		go func() {
			for i := 0; i < 1000; i++ {
				c.Inc(i)
			}
			wg.Done()
		}()
	}
	wg.Wait()
	fmt.Println(c.n, c.byKey)
	fmt.Println("TryLock on free mutex:", c.mu.TryLock())
	fmt.Println("TryLock on held mutex:", c.mu.TryLock())
	c.mu.Unlock()
}
