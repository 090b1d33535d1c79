package main

import "fmt"

func upto(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func main() {
	// Labeled continue and break of an ordinary loop around the range.
outer:
	for i := 0; i < 4; i++ {
		for j := range upto(4) {
			if j == 2 {
				continue outer
			}
			if i == 3 {
				break outer
			}
			fmt.Println("a", i, j)
		}
	}

	// Labeled break/continue of the range-over-func loop itself.
self:
	for i := range upto(5) {
		for j := 0; j < 3; j++ {
			if j == 1 {
				continue self
			}
			if i == 3 {
				break self
			}
			fmt.Println("b", i, j)
		}
	}

	// Through two range-over-func bodies to an outer range-over-func loop.
top:
	for i := range upto(3) {
		for j := range upto(3) {
			for k := range upto(3) {
				if k == 1 {
					continue top
				}
				fmt.Println("c", i, j, k)
			}
		}
	}

	// goto out of the body.
	n := 0
again:
	for i := range upto(10) {
		if i == 2 {
			n++
			if n < 3 {
				goto again
			}
			goto done
		}
		fmt.Println("d", n, i)
	}
	fmt.Println("not reached")
done:
	fmt.Println("done", n)

	// A label inside the body is local to it.
	for i := range upto(2) {
	inner:
		for j := 0; j < 3; j++ {
			if j == 1 {
				break inner
			}
			fmt.Println("e", i, j)
		}
	}

	// select and switch inside the body with labeled breaks.
	ch := make(chan int, 1)
loop:
	for i := range upto(5) {
		ch <- i
		select {
		case v := <-ch:
			if v == 2 {
				break loop
			}
			fmt.Println("f", v)
		}
	}
}
