// Proves functions with large local arrays and many medium ones run, recursively and in goroutines, where frames exceed a small stack.
package main

import "fmt"

func big(n int) int {
	var a [40000]int
	for i := range a {
		a[i] = i ^ n
	}
	if n > 0 {
		return a[n] + big(n-1)
	}
	return a[39999]
}

type block [300]int64

func many(n int) int64 {
	var a, b, c, d, e, f, g, h block
	a[1], b[2], c[3], d[4], e[5], f[6], g[7], h[8] = 1, 2, 3, 4, 5, 6, 7, int64(n)
	s := a[1] + b[2] + c[3] + d[4] + e[5] + f[6] + g[7] + h[8]
	if n > 0 {
		return s + many(n-1)
	}
	return s
}

func main() {
	fmt.Println(big(20))
	fmt.Println(many(50))
	done := make(chan int)
	for i := 0; i < 4; i++ {
		go func(i int) { done <- big(i) + int(many(i)) }(i)
	}
	sum := 0
	for i := 0; i < 4; i++ {
		sum += <-done
	}
	fmt.Println(sum)
}
