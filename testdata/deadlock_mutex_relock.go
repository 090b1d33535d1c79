// Proves locking an already-locked sync.Mutex in the only goroutine is reported as a deadlock.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	mu.Lock()
	fmt.Println("locked once")
	mu.Lock()
	fmt.Println("not reached")
}
