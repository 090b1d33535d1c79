// panic with a complex value prints it in the runtime's float format, parenthesized.
package main

func main() {
	panic(complex(1.5, -2))
}
