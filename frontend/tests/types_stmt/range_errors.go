// Range clauses: what can be ranged over, and with how many variables.
package main

type Point struct{ x, y int }

func bad(f float64, p Point, send chan<- int, ch chan int, n int) {
	for range f {
	}
	for range p {
	}
	for range send {
	}
	for a, b := range ch {
		_, _ = a, b
	}
	for a, b := range n {
		_, _ = a, b
	}
	for _ := range n {
	}
}

func assign(s []string, m map[string]int) {
	var i, j string
	for i = range s {
	}
	for i, j = range m {
	}
	var f float64
	for f = range 10 {
	}
	_, _, _ = i, j, f
}

func main() {}
