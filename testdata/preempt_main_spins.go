// Proves main itself is preempted: main spins call-free until a counter another goroutine increments reaches a target (GOMAXPROCS(1)).
package main

import (
	"fmt"
	"runtime"
	"sync/atomic"
)

func main() {
	runtime.GOMAXPROCS(1)
	var progress atomic.Int64
	go func() {
		for i := 0; i < 100; i++ {
			progress.Add(1)
		}
	}()
	spins := 0
	for progress.Load() < 100 {
		spins++ // nothing in this loop yields: gc inlines the atomic Load
	}
	fmt.Println("other goroutine finished while main spun:", progress.Load())
}
