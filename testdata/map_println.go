// Proves the builtin println prints a map as its address and len/nil work in println arguments (printed to stderr).
package main

func main() {
	var m map[string]int
	println(m == nil, len(m))
	m = map[string]int{"a": 1}
	println(m != nil, len(m), m["a"])
}
