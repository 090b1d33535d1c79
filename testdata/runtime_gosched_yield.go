// Proves runtime.Gosched yields the processor: with GOMAXPROCS(1), main spinning on Gosched lets another goroutine run to completion.
package main

import (
	"fmt"
	"runtime"
	"sync/atomic"
)

func main() {
	runtime.GOMAXPROCS(1)
	var done atomic.Bool
	var work int
	go func() {
		for i := 0; i < 1000; i++ {
			work += i
		}
		done.Store(true)
	}()
	yields := 0
	for !done.Load() {
		runtime.Gosched()
		yields++
	}
	fmt.Println("work", work, "yielded at least once:", yields >= 1)
	runtime.Gosched() // with nothing else to run, returns at once
	fmt.Println("done")
}
