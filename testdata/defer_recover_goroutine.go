// Proves each goroutine has its own defers and panics: a goroutine recovers its own panic while others keep running, and runtime errors recovered there are runtime.Error values.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

func worker(id int, wg *sync.WaitGroup, out []string) {
	defer wg.Done()
	defer func() {
		if r := recover(); r != nil {
			_, isRT := r.(runtime.Error)
			out[id] = fmt.Sprintf("worker %d recovered %v (runtime.Error: %v)", id, r, isRT)
		}
	}()
	var s []int
	if id%2 == 0 {
		_ = s[id]
	}
	if id == 3 {
		panic(fmt.Sprintf("custom %d", id))
	}
	out[id] = fmt.Sprintf("worker %d ok", id)
}

func main() {
	var wg sync.WaitGroup
	out := make([]string, 6)
	for i := 0; i < 6; i++ {
		wg.Add(1)
		go worker(i, &wg, out)
	}
	wg.Wait()
	for _, s := range out {
		fmt.Println(s)
	}
}
