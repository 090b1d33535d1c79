package main

func Id[T any](x T) T { return x }

func Pair[K comparable, V any](k K, v V) map[K]V { return map[K]V{k: v} }

type Num interface{ ~int | ~float64 }

func Sum[T Num](xs ...T) T {
	var t T
	for _, x := range xs {
		t += x
	}
	return t
}

type List[T any] struct{ items []T }

func (l *List[T]) Push(x T) { l.items = append(l.items, x) }

func main() {
	_ = Id(1)
	_ = Id[string]("a")
	_ = Pair("a", 1)
	_ = Pair[string]("a", 1.5)
	_ = Sum(1, 2, 3)
	_ = Sum[float64](1, 2.5)
	var l List[int]
	l.Push(1)
	var f func(int) int = Id
	_ = f
	g := Id[int]
	_ = g(2)
	_ = Sum([]int{1}...)
}
