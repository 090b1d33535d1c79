// new(expr) (Go 1.26) allocates a variable initialized to the expression's value, with the expression's (default) type.
package main

import "fmt"

type Point struct{ X, Y int }

func double(n int) int { return n * 2 }

func main() {
	p := new(42)
	fmt.Printf("%T %d\n", p, *p)
	*p++
	fmt.Println(*p)
	s := new("hello")
	f := new(1.5)
	b := new(double(21) == 42)
	fmt.Printf("%T %q %T %v %T %v\n", s, *s, f, *f, b, *b)
	pt := new(Point{1, 2})
	pt.X = 10
	fmt.Println(*pt)
	var x int8 = 3
	q := new(x + 1)
	fmt.Printf("%T %d\n", q, *q)
	a, c := new(0), new(0)
	fmt.Println(a == c, *a == *c)
	sl := new([]string{"a"})
	*sl = append(*sl, "b")
	fmt.Println(*sl, len(*new(map[int]int{1: 1})))
}
