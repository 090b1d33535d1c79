package main

func main() {
	type T[P any] struct{}
	var _ T[int
}
