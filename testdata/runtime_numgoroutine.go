// Proves runtime.NumGoroutine counts live goroutines: 1 at start, 11 with 10 blocked goroutines, back to 1 after they exit.
package main

import (
	"fmt"
	"runtime"
	"sync"
	"time"
)

func main() {
	fmt.Println("start:", runtime.NumGoroutine())
	release := make(chan struct{})
	var started sync.WaitGroup
	for i := 0; i < 10; i++ {
		started.Add(1)
		go func() {
			started.Done()
			<-release
		}()
	}
	started.Wait()
	fmt.Println("blocked:", runtime.NumGoroutine())
	close(release)
	for i := 0; i < 1000 && runtime.NumGoroutine() > 1; i++ {
		time.Sleep(time.Millisecond)
	}
	fmt.Println("after exit:", runtime.NumGoroutine())
}
