package main

func main() {
	for range a, b {
	}
}
