// Proves LockOSThread in init keeps the main goroutine on the process's main thread (thread id == process id) across waits.
package main

import (
	"fmt"
	"runtime"
	"syscall"
	"time"
)

func init() {
	runtime.LockOSThread()
}

func main() {
	onMain := syscall.Gettid() == syscall.Getpid()
	ch := make(chan int)
	go func() {
		time.Sleep(5 * time.Millisecond)
		ch <- 1
	}()
	<-ch
	still := syscall.Gettid() == syscall.Getpid()
	time.Sleep(2 * time.Millisecond)
	runtime.Gosched()
	fmt.Println(onMain, still, syscall.Gettid() == syscall.Getpid())
}
