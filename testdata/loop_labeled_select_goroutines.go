// A labeled for-select loop over several channels with continue/break by label, closing channels to finish.
package main

import (
	"fmt"
	"sort"
)

func main() {
	a := make(chan int)
	b := make(chan string)
	done := make(chan struct{})
	go func() {
		for i := 0; i < 5; i++ {
			a <- i
		}
		close(a)
	}()
	go func() {
		for _, s := range []string{"x", "skip", "y"} {
			b <- s
		}
		close(b)
	}()
	var got []string
	aOpen, bOpen := true, true
recv:
	for {
		select {
		case v, ok := <-a:
			if !ok {
				aOpen = false
				a = nil
				if !bOpen {
					break recv
				}
				continue recv
			}
			got = append(got, fmt.Sprint(v))
		case s, ok := <-b:
			if !ok {
				bOpen = false
				b = nil
				if !aOpen {
					break recv
				}
				continue
			}
			if s == "skip" {
				continue recv
			}
			got = append(got, s)
		case <-done:
			break recv
		}
	}
	sort.Strings(got)
	fmt.Println(got)
}
