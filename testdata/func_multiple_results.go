// Proves multiple return values: assignment, blank identifier, passing f() results straight to g(a, b), swap via tuple assignment.
package main

import (
	"errors"
	"fmt"
)

func divmod(a, b int) (int, int) { return a / b, a % b }

func pair() (string, int) { return "x", 1 }

func takes(s string, n int) string { return fmt.Sprint(s, n) }

func safeDiv(a, b int) (int, error) {
	if b == 0 {
		return 0, errors.New("division by zero")
	}
	return a / b, nil
}

func three() (int, int, int) { return 1, 2, 3 }

func main() {
	q, r := divmod(17, 5)
	fmt.Println(q, r)
	_, r2 := divmod(9, 4)
	fmt.Println(r2)
	fmt.Println(takes(pair()))
	fmt.Println(divmod(100, 7))
	if v, err := safeDiv(1, 0); err != nil {
		fmt.Println("error:", err, v)
	}
	v, err := safeDiv(8, 2)
	fmt.Println(v, err)
	a, b := 1, 2
	a, b = b, a
	fmt.Println(a, b)
	x, y, z := three()
	x, y, z = z, x, y
	fmt.Println(x, y, z)
}
