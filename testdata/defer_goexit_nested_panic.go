// A deferred call that panics during Goexit: the panic is recovered by an earlier-deferred function and the goroutine still exits.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	var log []string
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer func() { log = append(log, fmt.Sprint("recovered: ", recover())) }()
		defer func() { panic("panic during goexit") }()
		runtime.Goexit()
	}()
	wg.Wait()
	fmt.Println(log)
}
