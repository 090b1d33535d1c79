// runtime.Goexit runs the goroutine's deferred calls (recover returns nil there) and then ends only that goroutine.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	results := make(chan string, 10)
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer func() { results <- fmt.Sprint("recover in goexit: ", recover()) }()
		defer func() { results <- "deferred 1" }()
		func() {
			defer func() { results <- "inner deferred" }()
			runtime.Goexit()
		}()
		results <- "never"
	}()
	wg.Wait()
	close(results)
	for r := range results {
		fmt.Println(r)
	}
}
