package main

func main() {
	x := f(a b)
}
