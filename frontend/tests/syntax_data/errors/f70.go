package main

func main() {
	defer recover
	go (f())
}
