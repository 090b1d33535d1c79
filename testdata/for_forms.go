// Proves every form of for: three-clause, condition-only, infinite with break, empty clauses, multiple variables, continue.
package main

import "fmt"

func main() {
	for i := 0; i < 3; i++ {
		fmt.Print(i, " ")
	}
	fmt.Println()
	n := 1
	for n < 100 {
		n *= 3
	}
	fmt.Println(n)
	k := 0
	for {
		k++
		if k == 5 {
			break
		}
	}
	fmt.Println(k)
	j := 10
	for ; j > 7; j-- {
	}
	fmt.Println(j)
	for i, j := 0, 10; i < j; i, j = i+1, j-2 {
		fmt.Print(i, ":", j, " ")
	}
	fmt.Println()
	sum := 0
	for i := 0; i < 10; i++ {
		if i%2 == 0 {
			continue
		}
		sum += i
	}
	fmt.Println(sum)
	m := 0
	for ; ; m++ {
		if m > 2 {
			break
		}
	}
	fmt.Println(m)
	for i := 10; i < 3; i++ {
		fmt.Println("never")
	}
	var u uint8
	for u = 250; u != 4; u++ { // wraps around
	}
	fmt.Println(u)
}
