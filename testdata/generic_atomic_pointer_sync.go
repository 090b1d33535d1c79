// Generic standard types: atomic.Pointer[T] and atomic.Int64 shared by goroutines, and a mutex-guarded generic cache.
package main

import (
	"fmt"
	"sort"
	"sync"
	"sync/atomic"
)

type Config struct {
	Version int
	Name    string
}

type Cache[K comparable, V any] struct {
	mu sync.Mutex
	m  map[K]V
}

func (c *Cache[K, V]) GetOrSet(k K, mk func() V) V {
	c.mu.Lock()
	defer c.mu.Unlock()
	if v, ok := c.m[k]; ok {
		return v
	}
	if c.m == nil {
		c.m = map[K]V{}
	}
	v := mk()
	c.m[k] = v
	return v
}

func main() {
	var cur atomic.Pointer[Config]
	fmt.Println(cur.Load() == nil)
	cur.Store(&Config{1, "a"})
	old := cur.Swap(&Config{2, "b"})
	fmt.Println(old.Version, cur.Load().Name)
	fmt.Println(cur.CompareAndSwap(old, &Config{9, "x"}), cur.Load().Version)
	var hits atomic.Int64
	var c Cache[int, string]
	var wg sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c.GetOrSet(i%5, func() string { hits.Add(1); return fmt.Sprint("v", i%5) })
		}()
	}
	wg.Wait()
	keys := []int{}
	for k := range c.m {
		keys = append(keys, k)
	}
	sort.Ints(keys)
	fmt.Println(keys, hits.Load(), c.GetOrSet(3, func() string { return "new" }))
	var flag atomic.Bool
	fmt.Println(flag.CompareAndSwap(false, true), flag.Load())
	var v atomic.Value
	v.Store([]int{1, 2})
	fmt.Println(v.Load().([]int))
}
