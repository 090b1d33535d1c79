// Proves a goroutine spinning in a loop without calls is preempted: with GOMAXPROCS(1), main still wakes from Sleep and finishes.
package main

import (
	"fmt"
	"runtime"
	"time"
)

var stop bool // deliberately not atomic: the spinning loop may never observe it
var x int

func main() {
	runtime.GOMAXPROCS(1)
	go func() {
		for !stop {
			x++
		}
	}()
	time.Sleep(20 * time.Millisecond) // the spinner takes the only P
	fmt.Println("main ran again after sleeping")
	for i := 0; i < 3; i++ {
		time.Sleep(5 * time.Millisecond)
		fmt.Println("tick", i)
	}
	stop = true
	fmt.Println("done")
}
