// Proves struct equality compares every non-blank field, including nested structs, and works across identical anonymous struct types.
package main

import "fmt"

type Point struct {
	X, Y int
}

type Line struct {
	A, B  Point
	Label string
}

type WithBlank struct {
	A int
	_ int
	B string
}

func main() {
	p, q := Point{1, 2}, Point{1, 2}
	fmt.Println(p == q, p != q, p == Point{2, 1})
	l1 := Line{Point{0, 0}, Point{1, 1}, "diag"}
	l2 := l1
	fmt.Println(l1 == l2)
	l2.B.Y = 2
	fmt.Println(l1 == l2)
	w1 := WithBlank{A: 1, B: "x"}
	w2 := WithBlank{A: 1, B: "x"}
	fmt.Println(w1 == w2)
	anon1 := struct {
		N int
		S string
	}{1, "a"}
	anon2 := struct {
		N int
		S string
	}{1, "a"}
	fmt.Println(anon1 == anon2)
	fmt.Println(p == struct{ X, Y int }{1, 2})
	var e1, e2 struct{}
	fmt.Println(e1 == e2)
	ptr1, ptr2 := &Point{1, 2}, &Point{1, 2}
	fmt.Println(ptr1 == ptr2, *ptr1 == *ptr2)
}
