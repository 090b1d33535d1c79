// Proves a panic in a non-main goroutine ends the whole program with exit code 2, while main is blocked.
package main

import "fmt"

func worker(ch chan int) {
	v := <-ch
	if v == 3 {
		panic(fmt.Sprintf("worker got bad value %d", v))
	}
}

func main() {
	ch := make(chan int)
	block := make(chan bool)
	go worker(ch)
	fmt.Println("sending")
	ch <- 3
	<-block // never returns: the worker's panic ends the program
}
