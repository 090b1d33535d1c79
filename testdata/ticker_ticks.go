// Proves time.Ticker delivers repeated ticks at its period until stopped, and Reset changes the period.
package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	tk := time.NewTicker(10 * time.Millisecond)
	n := 0
	for range tk.C {
		n++
		if n == 5 {
			break
		}
	}
	tk.Stop()
	el := time.Since(start)
	fmt.Println("ticks:", n, "at least 50ms:", el >= 50*time.Millisecond)
	tk.Reset(2 * time.Millisecond)
	<-tk.C
	tk.Stop()
	fmt.Println("reset ticker ticked")
	timeout := time.After(30 * time.Millisecond)
	select {
	case <-tk.C:
		fmt.Println("impossible: stopped ticker ticked")
	case <-timeout:
		fmt.Println("stopped ticker is silent")
	}
	count := 0
	tick := time.Tick(3 * time.Millisecond)
	for range tick {
		count++
		if count == 3 {
			break
		}
	}
	fmt.Println("time.Tick count:", count)
}
