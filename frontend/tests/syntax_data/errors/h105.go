package main

func main() {
	type P struct{ x, y int }
	p := P{x: 1 y: 2}
	_ = p
}
