// Proves sync.Once runs its function exactly once even when 100 goroutines race to call Do, and OnceValue caches.
package main

import (
	"fmt"
	"sync"
)

var (
	once   sync.Once
	config string
	calls  int
)

func loadConfig() {
	calls++
	config = "loaded"
}

func main() {
	var wg sync.WaitGroup
	for i := 0; i < 100; i++ {
		wg.Add(1)
		go func() {
			once.Do(loadConfig)
			wg.Done()
		}()
	}
	wg.Wait()
	fmt.Println(config, calls)
	once.Do(func() { fmt.Println("never runs") })
	n := 0
	get := sync.OnceValue(func() int {
		n++
		return 42
	})
	fmt.Println(get(), get(), n)
}
