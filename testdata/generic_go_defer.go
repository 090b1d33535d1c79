// Proves go and defer statements calling generic functions (inferred and explicit instantiation) and generic methods.
package main

import (
	"fmt"
	"sync"
)

func worker[T any](ch chan T, v T, wg *sync.WaitGroup) {
	defer wg.Done()
	ch <- v
}

type Log[T any] struct{ items []T }

func (l *Log[T]) Add(v T) { l.items = append(l.items, v) }

func Show[T any](label string, v T) { fmt.Println(label, v) }

func run() (l Log[string]) {
	defer l.Add("deferred")
	defer Show("show", 2.5)
	defer Show[int]("explicit", 1)
	l.Add("body")
	return
}

func main() {
	ch := make(chan int, 2)
	var wg sync.WaitGroup
	wg.Add(2)
	go worker(ch, 1, &wg)
	go worker[int](ch, 2, &wg)
	wg.Wait()
	fmt.Println(<-ch + <-ch)
	fmt.Println(run().items)
	done := make(chan bool)
	var l Log[int]
	go func() {
		l.Add(4)
		done <- true
	}()
	<-done
	fmt.Println(l.items)
}
