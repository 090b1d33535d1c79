// Contended sync.Mutex: 8 goroutines each lock/unlock N times.
package main

import (
	"fmt"
	"os"
	"strconv"
	"sync"
)

func main() {
	n := 1000000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	var mu sync.Mutex
	var wg sync.WaitGroup
	count := 0
	for k := 0; k < 8; k++ {
		wg.Add(1)
		go func() {
			for i := 0; i < n; i++ {
				mu.Lock()
				count++
				mu.Unlock()
			}
			wg.Done()
		}()
	}
	wg.Wait()
	fmt.Println("ok", count)
}
