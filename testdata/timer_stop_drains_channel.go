// Proves Go 1.23's synchronous timer channels: after Stop or Reset returns, no
// value from the earlier arming is received, even when the timer had already
// fired; Stop then reports true.
package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.NewTimer(time.Millisecond)
	time.Sleep(20 * time.Millisecond)
	fmt.Println("stop after unreceived fire:", t.Stop())
	select {
	case <-t.C:
		fmt.Println("stale value received")
	default:
		fmt.Println("no stale value")
	}

	t2 := time.NewTimer(time.Millisecond)
	time.Sleep(20 * time.Millisecond)
	fmt.Println("reset after unreceived fire:", t2.Reset(50*time.Millisecond))
	start := time.Now()
	<-t2.C
	fmt.Println("value is from the reset:", time.Since(start) >= 40*time.Millisecond)

	tk := time.NewTicker(time.Millisecond)
	time.Sleep(20 * time.Millisecond)
	tk.Stop()
	select {
	case <-tk.C:
		fmt.Println("stale tick received")
	default:
		fmt.Println("no stale tick")
	}

	for i := 0; i < 200; i++ {
		t := time.NewTimer(time.Duration(i%3) * time.Microsecond)
		if i%2 == 0 {
			time.Sleep(time.Microsecond)
		}
		t.Stop()
		select {
		case <-t.C:
			fmt.Println("stale value after Stop at", i)
		default:
		}
	}
	fmt.Println("200 racing stops leave no value")

	var u time.Timer
	defer func() { fmt.Println("recovered:", recover()) }()
	u.Stop()
}
