// A range over an array or array pointer whose length is not a constant
// (the operand has a call) evaluates the operand once, also when only the
// index is used; a constant-length operand is not evaluated.
package main

import "fmt"

var made int

func three() [3]string {
	made++
	return [3]string{"a", "b", "c"}
}

func four() *[4]int {
	made++
	return &[4]int{1, 2, 3, 4}
}

func main() {
	sum := 0
	for i := range three() {
		sum += i
	}
	fmt.Println("index-only over a call:", sum, made)
	for i := range four() {
		sum += i
	}
	fmt.Println("index-only over a pointer call:", sum, made)
	for _, s := range three() {
		fmt.Print(s)
	}
	fmt.Println(" values:", made)
	var p *[2]int
	for i := range p {
		fmt.Print(i)
	}
	fmt.Println(" over a nil pointer variable")
}
