package main

type Num interface{ ~int | ~float64 }

type T struct{}

func (*T) Ptr() {}

func G[P ~[]int | ~map[int]int]() P { return P{} }

func H[P ~[]int | ~[]string]() P { return P{1} }

func main() {
	var xs []int
	_ = len(xs...)
	_ = int(xs...)
	var n Num
	_ = n
	m := map[string]T{}
	m["a"].Ptr()
	_ = [][2]int{{1, 2, 3}}
	_ = []struct{ a int }{{b: 1}}
	_ = 1e1000000000
	x := 0x1p-2
	_ = x
}
