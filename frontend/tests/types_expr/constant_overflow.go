package main

const big = 1 << 100

type T int8

func main() {
	var b byte = 300
	var i int = 1.5
	var f float32 = 1e40
	_ = b
	_ = i
	_ = f
	const c T = 1000
	const d = T(100) * 100
	x := uint8(256)
	_ = x
	var s string = 1
	_ = s
	_ = int64(big)
	_ = big
}
