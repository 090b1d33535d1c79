// Intended error: instantiation cycle through two functions (A[T] -> B[map[string]T] -> A[U])
package main

func A[T any](n int) {
	if n > 0 {
		B[map[string]T](n - 1)
	}
}

func B[U any](n int) {
	A[U](n)
}

func main() { A[int](1) }
