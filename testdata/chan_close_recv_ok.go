// Proves receiving from a closed channel drains buffered values first, then returns the zero value with ok == false forever.
package main

import "fmt"

type msg struct {
	id   int
	text string
}

func main() {
	ch := make(chan msg, 2)
	ch <- msg{1, "one"}
	ch <- msg{2, "two"}
	close(ch)
	for i := 0; i < 4; i++ {
		v, ok := <-ch
		fmt.Printf("%+v %v\n", v, ok)
	}
	done := make(chan struct{})
	results := make(chan string, 3)
	for i := 0; i < 3; i++ {
		go func() {
			<-done // all three wake on close
			results <- "woke"
		}()
	}
	close(done)
	for i := 0; i < 3; i++ {
		fmt.Println(<-results)
	}
	var x int = 5
	ci := make(chan int)
	close(ci)
	x = <-ci
	fmt.Println(x)
}
