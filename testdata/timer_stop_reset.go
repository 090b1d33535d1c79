// Proves time.Timer: firing, Stop before firing (returns true, never fires), Reset, and AfterFunc running in its own goroutine.
package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.NewTimer(10 * time.Millisecond)
	<-t.C
	fmt.Println("fired")
	fmt.Println("stop after fire:", t.Stop())

	t2 := time.NewTimer(time.Hour)
	fmt.Println("stop before fire:", t2.Stop())
	select {
	case <-t2.C:
		fmt.Println("impossible")
	case <-time.After(20 * time.Millisecond):
		fmt.Println("stopped timer did not fire")
	}

	t3 := time.NewTimer(time.Hour)
	t3.Reset(5 * time.Millisecond)
	<-t3.C
	fmt.Println("reset timer fired")

	done := make(chan string)
	time.AfterFunc(5*time.Millisecond, func() { done <- "afterfunc ran" })
	fmt.Println(<-done)

	af := time.AfterFunc(time.Hour, func() { fmt.Println("impossible") })
	fmt.Println("afterfunc stopped:", af.Stop())
}
