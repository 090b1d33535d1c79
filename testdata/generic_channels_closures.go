// Generic types in channels and closures: a generic pipeline, a memoizer and a generic channel merge.
package main

import (
	"fmt"
	"sort"
	"sync"
)

func Gen[T any](vs ...T) <-chan T {
	ch := make(chan T)
	go func() {
		defer close(ch)
		for _, v := range vs {
			ch <- v
		}
	}()
	return ch
}

func MapChan[T, U any](in <-chan T, f func(T) U) <-chan U {
	out := make(chan U, 1)
	go func() {
		defer close(out)
		for v := range in {
			out <- f(v)
		}
	}()
	return out
}

func Merge[T any](cs ...<-chan T) []T {
	var mu sync.Mutex
	var wg sync.WaitGroup
	var all []T
	for _, c := range cs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for v := range c {
				mu.Lock()
				all = append(all, v)
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	return all
}

func Memo[K comparable, V any](f func(K) V) (func(K) V, *int) {
	cache := map[K]V{}
	calls := 0
	return func(k K) V {
		if v, ok := cache[k]; ok {
			return v
		}
		calls++
		v := f(k)
		cache[k] = v
		return v
	}, &calls
}

type Box[T any] struct{ C chan T }

func main() {
	sq := MapChan(Gen(1, 2, 3), func(i int) string { return fmt.Sprint(i * i) })
	for s := range sq {
		fmt.Print(s, " ")
	}
	fmt.Println()
	all := Merge(Gen(1, 2), Gen(3, 4), MapChan(Gen("ab", "c"), func(s string) int { return len(s) * 100 }))
	sort.Ints(all)
	fmt.Println(all)
	f, calls := Memo(func(s string) int { return len(s) })
	fmt.Println(f("abc"), f("abc"), f("de"), *calls)
	b := Box[[]byte]{C: make(chan []byte, 1)}
	b.C <- []byte("hi")
	fmt.Println(string(<-b.C))
}
