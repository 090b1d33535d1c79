package main

func Id[T any](x T) T { return x }

func Two[A, B any](a A, b B) {}

type Num interface{ ~int | ~float64 }

func Sum[T Num](xs ...T) T {
	var t T
	return t
}

func main() {
	_ = Id
	_ = Id[int, string](1)
	_ = Id[int]("a")
	_ = Sum("a")
	_ = Sum[string]()
	f := Two[int]
	_ = f
	x := Id[int, int]
	_ = x
}
