// Intended error: a value whose method has a pointer receiver used as the interface.
package main

import "fmt"

type Counter interface{ Inc() }

type Tally struct{ n int }

func (t *Tally) Inc() { t.n++ }

func main() {
	var c Counter = Tally{}
	c.Inc()
	fmt.Println(c)
}
