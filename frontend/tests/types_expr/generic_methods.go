package main

type Box struct{ v int }

func (b Box) Map[T any](f func(int) T) T { return f(b.v) }

func main() {
	b := Box{1}
	_ = b.Map(func(i int) string { return "" })
	_ = b.Map[float64](func(i int) float64 { return 0 })
	f := b.Map[int]
	_ = f
	g := Box.Map[string]
	_ = g
	_ = b.Map[int, int]
	var s string = b.Map(func(i int) int { return i })
	_ = s
}
