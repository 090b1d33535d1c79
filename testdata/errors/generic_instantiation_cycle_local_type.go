// Intended error: instantiation cycle through a local type implicitly parameterized by T
package main

func F[T any]() {
	type L struct{ x T }
	F[L]()
}

func main() { F[int]() }
