// Proves methods on named non-struct types: ints, strings, slices, funcs, arrays; conversions between named and underlying types.
package main

import (
	"fmt"
	"strings"
)

type Dir int

const (
	North Dir = iota
	East
	South
	West
)

func (d Dir) Turn() Dir   { return (d + 1) % 4 }
func (d Dir) Name() string { return [...]string{"N", "E", "S", "W"}[d] }

type Path string

func (p Path) Parts() []string { return strings.Split(string(p), "/") }

type Op func(int) int

func (o Op) Twice(x int) int { return o(o(x)) }

type Vec [3]float64

func (v Vec) Dot(w Vec) float64 { return v[0]*w[0] + v[1]*w[1] + v[2]*w[2] }

type Stack []int

func (s *Stack) Push(v int) { *s = append(*s, v) }
func (s *Stack) Pop() int {
	old := *s
	v := old[len(old)-1]
	*s = old[:len(old)-1]
	return v
}

func main() {
	d := West
	fmt.Println(d, d.Name(), d.Turn().Name(), Dir(2).Name())
	fmt.Printf("%q\n", Path("a/b/c").Parts())
	inc := Op(func(x int) int { return x + 3 })
	fmt.Println(inc.Twice(1))
	fmt.Println(Vec{1, 2, 3}.Dot(Vec{4, 5, 6}))
	var s Stack
	for i := 1; i <= 3; i++ {
		s.Push(i * i)
	}
	fmt.Println(s.Pop(), s.Pop(), s, len(s))
	raw := []int(s)
	fmt.Println(raw)
}
