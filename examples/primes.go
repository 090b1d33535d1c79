// The concurrent prime sieve of Go's documentation: a pipeline of goroutines
// connected by channels, one filter per prime.
//
//	gorun examples/primes.go 20
package main

import (
	"fmt"
	"os"
	"strconv"
)

// generate sends 2, 3, 4, ... to ch.
func generate(ch chan<- int) {
	for i := 2; ; i++ {
		ch <- i
	}
}

// filter copies the values from in to out, removing those divisible by prime.
func filter(in <-chan int, out chan<- int, prime int) {
	for {
		i := <-in
		if i%prime != 0 {
			out <- i
		}
	}
}

func main() {
	n := 10
	if len(os.Args) > 1 {
		v, err := strconv.Atoi(os.Args[1])
		if err != nil || v < 1 {
			fmt.Fprintln(os.Stderr, "usage: primes [COUNT]")
			os.Exit(2)
		}
		n = v
	}
	ch := make(chan int)
	go generate(ch)
	for i := 0; i < n; i++ {
		prime := <-ch
		fmt.Println(prime)
		ch1 := make(chan int)
		go filter(ch, ch1, prime)
		ch = ch1
	}
}
