// A package-level variable used as a type: gc names the variable kind.
package main

var a int

func main() {
	var b a
	_ = b
}
