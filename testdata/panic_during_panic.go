// A deferred call that panics while another panic is unwinding: Go prints both, the first marked neither recovered.
package main

import "fmt"

func main() {
	defer fmt.Println("outer defer runs")
	defer func() {
		panic("second")
	}()
	panic("first")
}
