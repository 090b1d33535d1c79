// Proves deadlock detection when every goroutine is blocked: workers wait on a channel nobody sends to, main waits on a WaitGroup.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	never := make(chan int)
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func() {
			<-never
			wg.Done()
		}()
	}
	fmt.Println("started")
	wg.Wait()
}
