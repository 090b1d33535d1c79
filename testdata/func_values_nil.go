// Proves function values: func types, assignment, comparison with nil, passing and returning functions, named func types.
package main

import "fmt"

type BinOp func(int, int) int

func add(a, b int) int { return a + b }
func mul(a, b int) int { return a * b }

func fold(op BinOp, init int, xs []int) int {
	acc := init
	for _, x := range xs {
		acc = op(acc, x)
	}
	return acc
}

func compose(f, g func(int) int) func(int) int {
	return func(x int) int { return g(f(x)) }
}

func main() {
	var op BinOp
	fmt.Println(op == nil)
	op = add
	fmt.Println(op != nil, op(2, 3))
	xs := []int{1, 2, 3, 4}
	fmt.Println(fold(add, 0, xs), fold(mul, 1, xs), fold(func(a, b int) int { return a - b }, 0, xs))
	ops := []BinOp{add, mul}
	for _, o := range ops {
		fmt.Print(o(6, 7), " ")
	}
	fmt.Println()
	h := compose(func(x int) int { return x + 1 }, func(x int) int { return x * 10 })
	fmt.Println(h(4))
	fmt.Printf("%T %T\n", op, h)
}
