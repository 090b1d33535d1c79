// Proves sync/atomic: AddInt64, typed atomic.Int32/Uint64/Bool, Load/Store, Swap, CompareAndSwap under 20 goroutines.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	var counter int64
	var typed atomic.Int32
	var u atomic.Uint64
	var wg sync.WaitGroup
	for g := 0; g < 20; g++ {
		wg.Add(1)
		go func() {
			for i := 0; i < 1000; i++ {
				atomic.AddInt64(&counter, 1)
				typed.Add(2)
				u.Add(3)
			}
			wg.Done()
		}()
	}
	wg.Wait()
	fmt.Println(atomic.LoadInt64(&counter), typed.Load(), u.Load())
	var winner atomic.Int32
	winners := atomic.Int32{}
	for g := 1; g <= 10; g++ {
		wg.Add(1)
		go func() {
			if winner.CompareAndSwap(0, int32(g)) {
				winners.Add(1)
			}
			wg.Done()
		}()
	}
	wg.Wait()
	fmt.Println("exactly one CAS winner:", winners.Load() == 1, winner.Load() != 0)
	var flag atomic.Bool
	fmt.Println(flag.Load(), flag.Swap(true), flag.Load())
	var v int32 = 5
	old := atomic.SwapInt32(&v, 9)
	fmt.Println(old, v, atomic.CompareAndSwapInt32(&v, 5, 1), atomic.CompareAndSwapInt32(&v, 9, 1), v)
	var p atomic.Pointer[string]
	s := "hello"
	p.Store(&s)
	fmt.Println(*p.Load())
	var val atomic.Value
	val.Store([]int{1, 2})
	fmt.Println(val.Load())
}
