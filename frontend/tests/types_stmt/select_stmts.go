// Select cases must be communications.
package main

func f(ch chan int, x int) {
	select {
	case x > 0:
	case x = 1:
	case <-ch:
	case v := <-ch:
		_ = v
	case v, ok := <-ch:
		_, _ = v, ok
	case x = <-ch:
	case ch <- x:
	case (<-ch):
	default:
	default:
	}
}

func main() {}
