// Interfaces, method calls through itabs and closures: 20M dynamic calls.
package main

import "fmt"

type Shape interface{ Area() float64 }

type Rect struct{ w, h float64 }
type Circle struct{ r float64 }

func (r Rect) Area() float64   { return r.w * r.h }
func (c Circle) Area() float64 { return 3.14159 * c.r * c.r }

func apply(f func(int) int, n int) int {
	s := 0
	for i := 0; i < n; i++ {
		s += f(i)
	}
	return s
}

func main() {
	shapes := []Shape{Rect{2, 3}, Circle{1}, Rect{4, 5}, Circle{2}}
	total := 0.0
	for i := 0; i < 10000000; i++ {
		total += shapes[i%4].Area()
	}
	k := 3
	s := apply(func(x int) int { return x*k + 1 }, 10000000)
	fmt.Printf("%.1f %d\n", total, s)
}
