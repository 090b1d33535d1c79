package main

func main() {
	var s uint = 3
	var i int = 2
	_ = 1 << s
	var f float64 = 1 << s
	_ = f
	_ = 1.5 << 2
	_ = 1 << -1
	_ = 1 << 5000
	_ = i << 1.5
	_ = i << "a"
	var g = 1.0 << s
	_ = g
	_ = 2.0 << 3
	var u = uint8(1) << 8
	_ = u
	const c = 1 << 600
	_ = "x" << 1
}
