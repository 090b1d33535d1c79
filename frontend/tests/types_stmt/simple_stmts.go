// Conditions, increments, operation-assignments and sends.
package main

func f(s string, n int, ch <-chan int, c chan string) {
	if n {
	}
	for s {
	}
	s++
	n += "a"
	s -= "b"
	ch <- 1
	c <- 1
	n <- 1
	for i := 0; i < 3; i++ {
	}
}

func main() {}
