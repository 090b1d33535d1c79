// Proves value receivers get a copy and pointer receivers mutate; Go takes &v or *p automatically for addressable operands.
package main

import "fmt"

type Rect struct {
	W, H int
}

func (r Rect) Area() int { return r.W * r.H }

func (r Rect) ScaledCopy(k int) Rect {
	r.W *= k
	r.H *= k
	return r
}

func (r *Rect) Scale(k int) {
	r.W *= k
	r.H *= k
}

func (r Rect) TryScale(k int) { r.W *= k } // no effect on caller

type Temp float64

func (t Temp) F() Temp   { return t*9/5 + 32 }
func (t *Temp) Warm()    { *t += 1 }

type IntList []int

func (l IntList) Sum() (s int) {
	for _, v := range l {
		s += v
	}
	return
}

func (l *IntList) Push(v int) { *l = append(*l, v) }

func main() {
	r := Rect{2, 3}
	r.TryScale(10)
	fmt.Println(r, r.Area())
	r.Scale(2) // (&r).Scale(2)
	fmt.Println(r, r.Area())
	p := &r
	fmt.Println(p.Area()) // (*p).Area()
	c := p.ScaledCopy(3)
	fmt.Println(c, *p)
	var t Temp = 100
	t.Warm()
	fmt.Println(t, t.F())
	var l IntList
	l.Push(1)
	l.Push(2)
	l.Push(3)
	fmt.Println(l, l.Sum())
	rs := []Rect{{1, 1}, {2, 2}}
	rs[0].Scale(5) // slice elements are addressable
	fmt.Println(rs)
}
