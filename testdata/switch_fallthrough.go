// Proves fallthrough transfers control to the next case body without testing its condition, including into default.
package main

import "fmt"

func describe(n int) {
	fmt.Print(n, ": ")
	switch {
	case n > 100:
		fmt.Print("huge ")
		fallthrough
	case n > 10:
		fmt.Print("big ")
		fallthrough
	case n > 0:
		fmt.Print("positive ")
	case n == 0:
		fmt.Print("zero ")
		fallthrough
	default:
		fmt.Print("non-positive ")
	}
	fmt.Println()
}

func main() {
	for _, n := range []int{500, 50, 5, 0, -5} {
		describe(n)
	}
	switch x := 1; x {
	case 1:
		fmt.Println("one")
		fallthrough
	case 100: // not tested
		fmt.Println("fell into 100")
	case 2:
		fmt.Println("two")
	}
}
