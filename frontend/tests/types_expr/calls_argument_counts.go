package main

func f(a int, b string) {}
func g() (int, string) { return 0, "" }
func h() {}
func v(xs ...int) {}
func three() (int, int, int) { return 1, 2, 3 }

func main() {
	f(1)
	f(1, "a", 2)
	f(g())
	f(1, 2)
	h(1)
	v(1, 2, "a")
	var xs []int
	v(xs...)
	f(xs...)
	x := h()
	_ = x
	var y int = g()
	_ = y
	a, b := three()
	_, _ = a, b
	var i int
	i()
	_ = nil
	var z = nil
	_ = z
	v(three()...)
}
