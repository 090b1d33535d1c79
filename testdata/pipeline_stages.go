// Proves a channel pipeline: generator -> square -> filter -> sum, each stage a goroutine closing its output.
package main

import "fmt"

func gen(n int) <-chan int {
	out := make(chan int)
	go func() {
		for i := 1; i <= n; i++ {
			out <- i
		}
		close(out)
	}()
	return out
}

func square(in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		for v := range in {
			out <- v * v
		}
		close(out)
	}()
	return out
}

func filter(in <-chan int, keep func(int) bool) <-chan int {
	out := make(chan int, 4)
	go func() {
		for v := range in {
			if keep(v) {
				out <- v
			}
		}
		close(out)
	}()
	return out
}

func main() {
	total := 0
	for v := range filter(square(gen(20)), func(x int) bool { return x%2 == 1 }) {
		fmt.Print(v, " ")
		total += v
	}
	fmt.Println()
	fmt.Println("sum", total)
}
