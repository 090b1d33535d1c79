// Proves panic with a string value prints "panic: <text>" on stderr and exits with code 2, after earlier stdout output.
package main

import "fmt"

func check(n int) {
	if n > 2 {
		panic("n is too large")
	}
	fmt.Println("ok", n)
}

func main() {
	for i := 0; i < 5; i++ {
		check(i)
	}
	fmt.Println("not reached")
}
