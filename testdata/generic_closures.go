// Proves closures inside generic functions capturing T-typed variables, goroutines and defers in generic code.
package main

import (
	"fmt"
	"sync"
)

func Counter[T ~int | ~float64](step T) (func() T, func() T) {
	var total T
	inc := func() T {
		total += step
		return total
	}
	get := func() T { return total }
	return inc, get
}

func Memo[K comparable, V any](f func(K) V) func(K) V {
	var keys []K
	var vals []V
	calls := 0
	return func(k K) V {
		for i, kk := range keys {
			if kk == k {
				return vals[i]
			}
		}
		calls++
		v := f(k)
		keys = append(keys, k)
		vals = append(vals, v)
		fmt.Println("computed", k, "calls", calls)
		return v
	}
}

func ParallelMap[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, len(xs))
	var wg sync.WaitGroup
	for i, x := range xs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			out[i] = f(x)
		}()
	}
	wg.Wait()
	return out
}

func Deferred[T any](x T) (res []T) {
	defer func() {
		res = append(res, x)
	}()
	return []T{x, x}
}

func Recover[T any](f func() T) (v T, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	return f(), nil
}

func main() {
	inc, get := Counter(2)
	inc()
	inc()
	fmt.Println(get())
	finc, _ := Counter(0.5)
	fmt.Println(finc(), finc())

	sq := Memo(func(n int) int { return n * n })
	fmt.Println(sq(4), sq(4), sq(5))
	up := Memo(func(s string) []byte { return []byte(s) })
	fmt.Println(string(up("ab")))

	fmt.Println(ParallelMap([]int{1, 2, 3, 4}, func(x int) string { return fmt.Sprint(x * x) }))
	fmt.Println(Deferred("z"), Deferred(1.5))
	v, err := Recover(func() int { return 7 })
	fmt.Println(v, err)
	s, err := Recover(func() string {
		var xs []string
		return xs[3]
	})
	fmt.Printf("%q %v\n", s, err)
}
