package main

type P struct {
	X, Y int
}

type E struct {
	P
	Z int
}

func main() {
	_ = []int{0: 1, 1: 2}
	_ = [...]int{5: 1, 2}
	_ = []P{{1, 2}, {X: 3}}
	_ = []*P{{1, 2}}
	_ = map[P]string{{1, 2}: "a"}
	_ = E{Z: 1, X: 2}
	_ = E{P: P{}, X: 1}
	_ = P{x: 1}
	var i int
	_ = int{1}
	_ = []int{i: 1}
	_ = map[interface{}]int{1: 1, 1.0: 2, "1": 3}
	_ = map[interface{}]int{1: 1, int64(1): 2}
	_ = []int{-1: 1}
	_ = [2]string{2: "a"}
}
