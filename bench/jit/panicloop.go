// Panic and recover in a loop: 1M panics, each recovered by a deferred closure one frame up.
package main

import "fmt"

func mayPanic(i int) (r int) {
	defer func() {
		if e := recover(); e != nil {
			r = -1
		}
	}()
	if i%2 == 0 {
		panic(i)
	}
	return i
}

func main() {
	s := 0
	for i := 0; i < 1000000; i++ {
		s += mayPanic(i)
	}
	fmt.Println(s)
}
