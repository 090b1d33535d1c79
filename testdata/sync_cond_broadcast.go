// Proves sync.Cond: waiters sleep until Broadcast, Signal wakes one, and the condition is re-checked in a loop.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	cond := sync.NewCond(&mu)
	ready := false
	waiting := 0
	var wg sync.WaitGroup
	woke := make(chan int, 5)
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func() {
			mu.Lock()
			waiting++
			cond.Broadcast() // wake main (which also waits on cond) to recount the waiters
			for !ready {
				cond.Wait()
			}
			mu.Unlock()
			woke <- i
			wg.Done()
		}()
	}
	mu.Lock()
	for waiting < 5 {
		cond.Wait()
	}
	ready = true
	cond.Broadcast()
	mu.Unlock()
	wg.Wait()
	close(woke)
	sum := 0
	for i := range woke {
		sum += i
	}
	fmt.Println("all woke, sum of ids:", sum)
	// a queue with Signal
	var qmu sync.Mutex
	notEmpty := sync.NewCond(&qmu)
	var queue []int
	got := make(chan int)
	go func() {
		for n := 0; n < 3; n++ {
			qmu.Lock()
			for len(queue) == 0 {
				notEmpty.Wait()
			}
			v := queue[0]
			queue = queue[1:]
			qmu.Unlock()
			got <- v
		}
	}()
	for i := 1; i <= 3; i++ {
		qmu.Lock()
		queue = append(queue, i*10)
		notEmpty.Signal()
		qmu.Unlock()
	}
	fmt.Println(<-got, <-got, <-got)
}
