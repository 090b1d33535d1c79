// Goexit while a panic is in progress cancels it: deferred calls still run, the goroutine just ends.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	out := make(chan string, 4)
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer func() { out <- fmt.Sprint("outer recover: ", recover()) }()
		defer runtime.Goexit()
		panic("will be cancelled")
	}()
	wg.Wait()
	close(out)
	for s := range out {
		fmt.Println(s)
	}
	fmt.Println("main done")
}
