// Proves boolean operators, short-circuit evaluation, bool comparison and printing.
package main

import "fmt"

var calls int

func t(name string) bool { calls++; fmt.Println("eval", name); return true }
func f(name string) bool { calls++; fmt.Println("eval", name); return false }

type Flag bool

func main() {
	a, b := true, false
	fmt.Println(a && b, a || b, !a, !b, a == b, a != b)
	fmt.Println(f("x") && t("y")) // y not evaluated
	fmt.Println(t("p") || f("q")) // q not evaluated
	fmt.Println(f("m") || t("n"))
	fmt.Println("calls:", calls)
	var zero bool
	fmt.Println("zero:", zero)
	var fl Flag = true
	fmt.Println(fl, !fl, bool(fl) && a)
	fmt.Printf("%v %t %5t|%-6t|\n", a, b, a, b)
	x := 3
	c := x > 2 && x < 5 || x == 10
	fmt.Println(c, x == 3 == true)
}
