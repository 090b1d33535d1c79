// Closures capture variables that are never modified after their
// declaration by value (as gc does) and the rest by reference: every case
// must behave as Go's shared variables do.

package main

import (
	"fmt"
	"sync"
)

type point struct {
	x, y float64
	name string
}

type big struct {
	a [40]int
}

func params(n int, s string) func() string {
	return func() string { return fmt.Sprint(n, s) }
}

func named() (r int) {
	defer func() { r *= 2 }()
	r = 21
	return r
}

func main() {
	// Never modified: copied.
	k := 3
	p := point{1.5, 2.5, "p"}
	var iface any = p
	f := func(x int) int { return x*k + int(p.x+p.y) + len(iface.(point).name) }
	fmt.Println(f(2), params(7, "seven")())

	// Modified after capture: shared.
	m := 1
	g := func() int { return m }
	m = 5
	fmt.Println(g())

	// A field or an element modified after capture: shared.
	q := point{1, 2, "q"}
	arr := [3]int{1, 2, 3}
	h := func() string { return fmt.Sprint(q.x, arr[1]) }
	q.x = 10
	arr[1] = 20
	fmt.Println(h())

	// Incremented, and address taken.
	c := 0
	inc := func() { c++ }
	inc()
	inc()
	d := 1
	pd := &d
	rd := func() int { return d }
	*pd = 9
	fmt.Println(c, rd())

	// Too large to copy: shared (and unmodified: same result either way).
	var b big
	b.a[39] = 7
	fb := func() int { return b.a[39] }
	fmt.Println(fb())

	// Loop variables: per iteration (range: copied; three-clause: shared
	// per iteration, modified by i++).
	var fs []func() int
	for i := range 3 {
		fs = append(fs, func() int { return i })
	}
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i * 10 })
	}
	for _, fn := range fs {
		fmt.Print(fn(), " ")
	}
	fmt.Println()

	// Nested closures, each level copying.
	outer := 4
	nest := func() func() int {
		mid := outer * 2
		return func() int { return outer + mid }
	}
	fmt.Println(nest()())

	// Goroutines capturing range values.
	var wg sync.WaitGroup
	res := make([]string, 3)
	for i, w := range []string{"a", "b", "c"} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			res[i] = w + w
		}()
	}
	wg.Wait()
	fmt.Println(res, named())

	// A variable assigned inside the closure itself: shared.
	n := 0
	set := func(v int) { n = v }
	set(8)
	fmt.Println(n)
}
