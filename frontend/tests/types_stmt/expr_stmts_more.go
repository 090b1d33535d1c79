// More expression statements, deferred builtins and select communication forms.
package main

func f() {}

type S struct{ f func() }

func stmts(ch chan int, s S, b bool) {
	f
	s.f
	b == true
	(<-ch)
	<-ch + 1
	new(int)
	go panic(1)
	defer print()
	defer close(ch)
	defer delete(map[int]int{}, 1)
	defer copy([]int{}, []int{})
	defer min(1, 2)
}

func sel(ch chan int) {
	var x int
	var ok bool
	select {
	case x, ok = <-ch:
	case x += <-ch:
	case ch <- <-ch:
	case (<-ch):
	}
	_, _ = x, ok
}

func main() {}
