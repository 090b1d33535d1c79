package main

func main() {
	m := map[string]int{}
	v, ok := m["a"]
	_, _ = v, ok
	var e interface{}
	n, ok2 := e.(int)
	_, _ = n, ok2
	a, b := m["a"], 1
	_, _ = a, b
	var x, y, z = m["a"]
	_, _, _ = x, y, z
	var s string
	var k bool
	s, k = m["a"]
	_, _ = s, k
	_, _ = <-make(chan int)
}
