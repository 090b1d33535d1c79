// Proves the concurrent prime sieve: a daisy chain of filter goroutines produces the first 100 primes.
package main

import "fmt"

func generate(ch chan<- int) {
	for i := 2; ; i++ {
		ch <- i
	}
}

func filter(in <-chan int, out chan<- int, prime int) {
	for {
		i := <-in
		if i%prime != 0 {
			out <- i
		}
	}
}

func main() {
	ch := make(chan int)
	go generate(ch)
	for i := 0; i < 100; i++ {
		prime := <-ch
		fmt.Print(prime, " ")
		if i%10 == 9 {
			fmt.Println()
		}
		ch1 := make(chan int)
		go filter(ch, ch1, prime)
		ch = ch1
	}
}
