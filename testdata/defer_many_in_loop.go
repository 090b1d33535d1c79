// Thousands of deferred calls in one frame run in reverse order; deferred closures accumulate into a result.
package main

import "fmt"

func sum(n int) (total int) {
	for i := 1; i <= n; i++ {
		defer func() { total += i }()
	}
	return 0
}

func order() (s []int) {
	for i := 0; i < 5; i++ {
		defer func(v int) { s = append(s, v) }(i)
	}
	return nil
}

func main() {
	fmt.Println(sum(10000), order())
	count := 0
	func() {
		for i := 0; i < 3000; i++ {
			defer func() { count++ }()
		}
	}()
	fmt.Println(count)
}
