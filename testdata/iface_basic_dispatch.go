// Proves interface method dispatch: several concrete types behind one interface, value and pointer receivers, nil interface vs typed nil.
package main

import (
	"fmt"
	"math"
)

type Shape interface {
	Area() float64
	Name() string
}

type Circle struct{ R float64 }
type Rect struct{ W, H float64 }

func (c Circle) Area() float64 { return math.Pi * c.R * c.R }
func (c Circle) Name() string   { return "circle" }
func (r *Rect) Area() float64   { return r.W * r.H }
func (r *Rect) Name() string    { return "rect" }

func main() {
	shapes := []Shape{Circle{1}, &Rect{2, 3}, Circle{0.5}}
	total := 0.0
	for _, s := range shapes {
		fmt.Printf("%s %.3f\n", s.Name(), s.Area())
		total += s.Area()
	}
	fmt.Printf("total %.3f\n", total)
	var s Shape
	fmt.Println(s == nil)
	var rp *Rect
	s = rp
	fmt.Println(s == nil, s != nil) // typed nil inside an interface is not nil
	fmt.Printf("%T %v\n", s, s)
}
