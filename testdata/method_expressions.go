// Proves method expressions T.M and (*T).M: the receiver becomes the first parameter; (*T).M also works for value methods.
package main

import "fmt"

type Point struct{ X, Y int }

func (p Point) Add(q Point) Point { return Point{p.X + q.X, p.Y + q.Y} }
func (p *Point) Move(dx int)      { p.X += dx }
func (p Point) String2() string   { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }

type Celsius float64

func (c Celsius) Double() Celsius { return c * 2 }

func main() {
	add := Point.Add
	fmt.Printf("%T\n", add)
	fmt.Println(add(Point{1, 2}, Point{3, 4}))
	move := (*Point).Move
	fmt.Printf("%T\n", move)
	p := Point{0, 0}
	move(&p, 5)
	fmt.Println(p)
	str := (*Point).String2
	fmt.Println(str(&p))
	d := Celsius.Double
	fmt.Println(d(21.5))
	fs := []func(Point) string{Point.String2}
	fmt.Println(fs[0](Point{7, 8}))
}
