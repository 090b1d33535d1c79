// Proves panic with a value of a named integer type prints "panic: main.Code(7)".
package main

type Code int

func main() {
	panic(Code(7))
}
