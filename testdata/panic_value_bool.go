// Proves panic with a bool value prints "panic: false".
package main

func main() {
	ok := 1 > 2
	panic(ok)
}
