// Proves a million nested frames work (Go stacks grow to 1 GB): recursive sum to 1e6 in main and in a goroutine.
package main

import "fmt"

func sum(n int) int {
	if n == 0 {
		return 0
	}
	return n + sum(n-1)
}

type big struct{ pad [16]int64 }

func deep(n int, b big) int64 {
	if n == 0 {
		return b.pad[0]
	}
	b.pad[0]++
	return deep(n-1, b)
}

func main() {
	fmt.Println(sum(1_000_000))
	done := make(chan int)
	go func() { done <- sum(1_000_000) }()
	fmt.Println(<-done)
	fmt.Println(deep(200_000, big{}))
}
