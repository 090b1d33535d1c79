// Proves select with default: non-blocking send and receive on full, empty, ready and closed channels.
package main

import "fmt"

func trySend(ch chan int, v int) bool {
	select {
	case ch <- v:
		return true
	default:
		return false
	}
}

func tryRecv(ch chan int) (int, bool) {
	select {
	case v := <-ch:
		return v, true
	default:
		return 0, false
	}
}

func main() {
	ch := make(chan int, 2)
	fmt.Println(trySend(ch, 1), trySend(ch, 2), trySend(ch, 3))
	fmt.Println(tryRecv(ch))
	fmt.Println(tryRecv(ch))
	fmt.Println(tryRecv(ch))
	unbuf := make(chan int)
	fmt.Println(trySend(unbuf, 1)) // no receiver waiting
	close(ch)
	fmt.Println(tryRecv(ch)) // closed: ready, zero value
	select {
	default:
		fmt.Println("only default")
	}
	cnt := 0
	for i := 0; i < 5; i++ {
		select {
		case <-unbuf:
		default:
			cnt++
		}
	}
	fmt.Println("defaults taken:", cnt)
}
