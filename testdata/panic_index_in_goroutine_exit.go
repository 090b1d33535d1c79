// An unrecovered runtime error in a goroutine ends the whole program with exit 2 and Go's message.
package main

import (
	"fmt"
	"sync"
)

func main() {
	fmt.Println("start")
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		s := []int{1, 2, 3}
		i := 7
		fmt.Println(s[i])
		wg.Done()
	}()
	wg.Wait()
	fmt.Println("unreachable")
}
