// One million goroutines parked on one channel, then released and joined.
package main

import (
	"fmt"
	"os"
	"runtime"
	"strconv"
	"sync"
	"time"
)

func main() {
	n := 1000000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	c := make(chan int)
	var wg sync.WaitGroup
	wg.Add(n)
	for i := 0; i < n; i++ {
		go func() {
			<-c
			wg.Done()
		}()
	}
	for runtime.NumGoroutine() < n+1 {
		time.Sleep(time.Millisecond)
	}
	close(c)
	wg.Wait()
	fmt.Println("ok")
}
