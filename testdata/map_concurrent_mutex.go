// Proves a map guarded by sync.Mutex is safe under concurrent writers: final counts are exact.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	counts := map[int]int{}
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			for i := 0; i < 1000; i++ {
				mu.Lock()
				counts[i%10]++
				mu.Unlock()
			}
			wg.Done()
		}()
	}
	wg.Wait()
	fmt.Println(counts)
}
