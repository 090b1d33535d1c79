package main

type Inner struct{ A, B int }

type Outer struct {
	Inner
	C int
}

type PtrEmb struct {
	*Inner
	D int
}

func main() {
	_ = Outer{A: 1, C: 2}
	_ = Outer{Inner: Inner{}, A: 1}
	_ = Outer{A: 1, Inner: Inner{}}
	_ = PtrEmb{A: 1}
	_ = map[bool]int{true: 1, false: 2, true: 3}
	_ = map[float64]int{1: 1, 1.0: 2}
	_ = map[interface{}]int{true: 1, true: 2}
	_ = []*Inner{{A: 1}, &Inner{B: 2}}
	_ = map[string]*Inner{"a": {1, 2}}
	_ = [][]int{{1}, {2, 3}}
	_ = struct{ x, y int }{1, 2}
	_ = Outer{1, 2}
}
