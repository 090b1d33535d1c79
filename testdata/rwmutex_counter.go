// Proves sync.RWMutex: many readers share the lock, writers are exclusive, and totals are exact.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type Store struct {
	mu   sync.RWMutex
	data [10]int
}

func (s *Store) Get(i int) int {
	s.mu.RLock()
	v := s.data[i]
	s.mu.RUnlock()
	return v
}

func (s *Store) Add(i, d int) {
	s.mu.Lock()
	s.data[i] += d
	s.mu.Unlock()
}

func main() {
	var s Store
	var wg sync.WaitGroup
	var reads atomic.Int64
	for w := 0; w < 10; w++ {
		wg.Add(1)
		go func() {
			for i := 0; i < 500; i++ {
				s.Add(i%10, 1)
			}
			wg.Done()
		}()
	}
	for r := 0; r < 10; r++ {
		wg.Add(1)
		go func() {
			for i := 0; i < 500; i++ {
				_ = s.Get(i % 10)
				reads.Add(1)
			}
			wg.Done()
		}()
	}
	wg.Wait()
	fmt.Println(s.data, reads.Load())
	// two readers hold the lock at the same time
	s.mu.RLock()
	got := make(chan bool)
	go func() {
		s.mu.RLock()
		got <- true
		s.mu.RUnlock()
	}()
	fmt.Println("second reader entered:", <-got)
	s.mu.RUnlock()
	fmt.Println("TryLock:", s.mu.TryLock())
	fmt.Println("TryRLock while write-locked:", s.mu.TryRLock())
	s.mu.Unlock()
}
