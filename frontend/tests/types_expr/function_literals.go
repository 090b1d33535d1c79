package main

func apply(f func(int) int, x int) int { return f(x) }

func main() {
	n := 1
	add := func(x int) int { return x + n }
	_ = apply(add, 2)
	_ = apply(func(x int) int { return x * 2 }, 3)
	_ = apply(func(x string) int { return 0 }, 3)
	_ = func() {}
	func() {}()
	var g func() = func() int { return 1 }
	_ = g
	defer func() { recover() }()
	go func(x int) {}(1)
	_ = func() int { return "a" }
}
