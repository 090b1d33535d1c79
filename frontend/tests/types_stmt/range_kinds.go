// Range over integers, runes, strings, maps, type parameters, and invalid operands.
package main

func constants(m map[string]int) {
	for i := range 10 {
		var _ int = i
	}
	for r := range 'a' {
		var _ rune = r
	}
	for range 1.0 {
	}
	for range nil {
	}
	type MyInt int
	var n MyInt = 3
	for i := range n {
		var _ MyInt = i
	}
	var k string
	var v int
	for k, v = range m {
	}
	_, _ = k, v
}

func sliceLike[T ~[]int | ~[3]int](x T) {
	for i, v := range x {
		_, _ = i, v
	}
}

func chans[C ~chan int | ~chan<- int](c C) {
	for v := range c {
		_ = v
	}
}

func mixed[M ~map[string]int | ~[]int](m M) {
	for k := range m {
		_ = k
	}
}

func recvOnly[C ~chan int | ~<-chan int](c C) {
	for v := range c {
		_ = v
	}
}

func main() {}
