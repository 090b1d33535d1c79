// Proves runtime.LockOSThread keeps a goroutine on one OS thread across channel waits, sleeps and Gosched (compares syscall.Gettid).
package main

import (
	"fmt"
	"runtime"
	"sync"
	"syscall"
	"time"
)

func main() {
	var wg sync.WaitGroup
	results := make([]bool, 4)
	ping := make(chan int)
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func() {
			runtime.LockOSThread()
			tid := syscall.Gettid()
			same := true
			for i := 0; i < 5; i++ {
				time.Sleep(time.Millisecond)
				same = same && syscall.Gettid() == tid
				ping <- g
				same = same && syscall.Gettid() == tid
				runtime.Gosched()
				same = same && syscall.Gettid() == tid
			}
			runtime.UnlockOSThread()
			results[g] = same
			wg.Done()
		}()
	}
	// busy goroutines that compete for threads
	for i := 0; i < 4; i++ {
		go func() {
			for {
				time.Sleep(100 * time.Microsecond)
			}
		}()
	}
	for i := 0; i < 20; i++ {
		<-ping
	}
	wg.Wait()
	fmt.Println(results)
	// two locked goroutines run on different threads
	tids := make(chan int, 2)
	hold := make(chan bool)
	for i := 0; i < 2; i++ {
		go func() {
			runtime.LockOSThread()
			tids <- syscall.Gettid()
			<-hold
		}()
	}
	a, b := <-tids, <-tids
	close(hold)
	fmt.Println("distinct threads:", a != b)
}
