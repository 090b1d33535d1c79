// Proves panic with an int value prints "panic: 42" and exits with code 2.
package main

import "fmt"

func main() {
	fmt.Println("about to panic")
	code := 40
	panic(code + 2)
}
