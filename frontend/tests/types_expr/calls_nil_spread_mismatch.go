package main

func g() (int, string) { return 0, "" }
func v(xs ...int)       {}
func three() (int, int, int) { return 1, 2, 3 }
func one(int)           {}

func main() {
	_ = nil
	var z = nil
	_ = z
	v(three()...)
	v(three())
	one(g())
	var f func(int) int
	f(1, 2)
	_ = f("x")
	x, y := 1
	_, _ = x, y
	a, b := g(), 1
	_, _ = a, b
}
