package main

func g() int { return 1 }

func main() {
	_ = !1
	_ = -"s"
	_ = ^1.5
	_ = 1 / 0
	_ = 1.0 / 0.0
	var x int
	_ = x / 0
	_ = x % 0
	_ = &g()
	_ = "a" - "b"
	_ = 1 % 2.5
	var y int32
	_ = x + y
	var b bool
	_ = b + b
	_ = b && 1
	x += "s"
	_ = 1 + "a"
}
