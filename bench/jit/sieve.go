// Sieve of Eratosthenes to 50M, 3 times: a large []bool and tight loops.
package main

import "fmt"

func sieve(n int) int {
	composite := make([]bool, n+1)
	count := 0
	for i := 2; i <= n; i++ {
		if composite[i] {
			continue
		}
		count++
		for j := i * i; j <= n; j += i {
			composite[j] = true
		}
	}
	return count
}

func main() {
	for r := 0; r < 3; r++ {
		fmt.Println(sieve(50000000))
	}
}
