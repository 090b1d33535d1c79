package main

func main() {
	switch {
	case true:
	default:
	default:
	}
	x := 1 +
}
