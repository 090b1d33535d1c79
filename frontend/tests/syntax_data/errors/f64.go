package main

func main() {
	x := func() {
		return
	}
	x(
}
