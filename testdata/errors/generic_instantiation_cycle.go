// Intended error: instantiation cycle (f[T] instantiates f[*T], without bound)
package main

func f[T any](n int) {
	if n > 0 {
		f[*T](n - 1)
	}
}

func main() {
	f[int](3)
}
