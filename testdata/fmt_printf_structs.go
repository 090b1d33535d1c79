// Proves %v, %+v, %#v and %T on structs, nested structs, pointers to structs (&{...}), embedded fields and unexported fields.
package main

import "fmt"

type Point struct {
	X, Y int
}

type Shape struct {
	Name   string
	Center Point
	Tags   []string
	scale  float64
	Parent *Shape
}

type Labeled struct {
	Point
	Label string
}

func main() {
	p := Point{1, 2}
	fmt.Printf("%v|%+v|%#v|%T\n", p, p, p, p)
	pp := &p
	fmt.Printf("%v|%+v|%#v|%T\n", pp, pp, pp, pp)
	s := Shape{Name: "circle", Center: Point{3, 4}, Tags: []string{"round"}, scale: 1.5}
	fmt.Printf("%v\n%+v\n", s, s)
	fmt.Printf("%#v\n", s)
	child := Shape{Name: "dot", Parent: &s}
	fmt.Printf("%v\n", child.Parent == &s)
	l := Labeled{Point{5, 6}, "here"}
	fmt.Printf("%v|%+v|%#v\n", l, l, l)
	anon := struct {
		A int
		B string
	}{1, "x"}
	fmt.Printf("%v|%+v|%#v|%T\n", anon, anon, anon, anon)
	var empty struct{}
	fmt.Printf("%v|%+v|%#v\n", empty, empty, empty)
	fmt.Println(p, &p, []*Point{} == nil)
	fmt.Printf("%d|%x|%s\n", p, Point{255, 16}, p)
	fmt.Printf("%08.3f|%6d\n", struct{ F float64 }{3.14159}, Point{1, 22})
}
