// Proves goroutines started with arguments evaluate them at the go statement, while closures see later writes (synchronised by channels).
package main

import (
	"fmt"
	"sort"
)

func main() {
	results := make(chan string, 3)
	x := 1
	go func(v int) { results <- fmt.Sprint("arg ", v) }(x) // v = 1 now
	x = 2
	got := <-results
	fmt.Println(got)
	start := make(chan bool)
	go func() {
		<-start
		results <- fmt.Sprint("closure ", x)
	}()
	x = 3
	start <- true
	fmt.Println(<-results)
	var all []string
	for i := range 3 {
		go func() { results <- fmt.Sprint("iter ", i) }()
	}
	for range 3 {
		all = append(all, <-results)
	}
	sort.Strings(all)
	fmt.Println(all)
	// method value as goroutine
	type acc struct{ n int }
	a := &acc{}
	done := make(chan bool)
	add := func(k int) { a.n += k; done <- true }
	go add(5)
	<-done
	fmt.Println(a.n)
}
