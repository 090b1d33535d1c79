package main

func main() {
	var x, y int = 1
	z := x +* y
}
