// Each goroutine recovers its own panics; recover in one goroutine does not see another's panic.
package main

import (
	"fmt"
	"sort"
	"sync"
)

func worker(id int, out chan<- string, wg *sync.WaitGroup) {
	defer wg.Done()
	defer func() {
		if r := recover(); r != nil {
			out <- fmt.Sprintf("worker %d recovered: %v", id, r)
		}
	}()
	if id%2 == 1 {
		var m map[int]int
		m[id] = id
	}
	out <- fmt.Sprintf("worker %d ok", id)
}

func main() {
	out := make(chan string, 10)
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go worker(i, out, &wg)
	}
	wg.Wait()
	close(out)
	var lines []string
	for l := range out {
		lines = append(lines, l)
	}
	sort.Strings(lines)
	for _, l := range lines {
		fmt.Println(l)
	}
	fmt.Println("main recover:", recover())
}
