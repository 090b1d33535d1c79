// Proves panic with a float64 value prints the value after "panic: " (Go 1.27 prints "panic: 1.5").
package main

func main() {
	f := 1.5
	panic(f)
}
