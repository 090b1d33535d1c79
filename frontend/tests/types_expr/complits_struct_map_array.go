package main

type P struct {
	X, Y int
}

type E struct {
	P
	Z int
}

func main() {
	_ = P{1}
	_ = P{1, 2, 3}
	_ = P{X: 1, W: 2}
	_ = P{X: 1, X: 2}
	_ = P{X: 1, 2}
	_ = P{1, Y: 2}
	_ = map[string]int{"a": 1, "a": 2}
	_ = map[interface{}]int{1: 1, 1.0: 2, "1": 3}
	_ = []int{0: 1, 0: 2}
	_ = [2]int{1, 2, 3}
	_ = [...]int{5: 1, 2}
	_ = map[int]int{1}
	_ = []P{{1, 2}, {X: 3}}
	_ = []*P{{1, 2}}
	_ = E{Z: 1, X: 2}
	_ = E{P: P{}, X: 1}
	_ = P{x: 1}
	var i int
	_ = int{1}
	_ = []int{i: 1}
}
