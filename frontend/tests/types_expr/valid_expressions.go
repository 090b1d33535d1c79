package main

import "unsafe"

type Point struct {
	X, Y int
}

func (p Point) Add(q Point) Point { return Point{p.X + q.X, p.Y + q.Y} }
func (p *Point) Scale(k int)      { p.X *= k; p.Y *= k }

type Shape interface {
	Area() float64
}

type Circle struct{ R float64 }

func (c Circle) Area() float64 { return 3.14 * c.R * c.R }

func pair() (int, string) { return 1, "a" }

func sum(xs ...int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func Map[T, U any](xs []T, f func(T) U) []U {
	var out []U
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func main() {
	const k = 1 << 10
	var a [3]int
	b := a[:]
	c := [...]string{"x", "y", 5: "z"}
	m := map[string]int{"a": 1, "b": 2}
	p := Point{1, 2}
	q := &Point{X: 3}
	q.Scale(2)
	p = p.Add(*q)
	var s Shape = Circle{2}
	if cc, ok := s.(Circle); ok {
		_ = cc.R
	}
	v, ok := m["a"]
	_, _ = v, ok
	n, str := pair()
	_, _ = n, str
	_ = sum(1, 2, 3)
	_ = sum(b...)
	_ = len(c) + cap(b) + len("abc")
	_ = Map([]int{1, 2}, func(i int) string { return string(rune('a' + i)) })
	var u8 uint8 = 255
	_ = u8 >> 1
	var sh = 1 << u8
	_ = sh
	f := 1.5
	_ = f * 2
	_ = complex(1, 2)
	_ = real(3i)
	ch := make(chan int, 1)
	ch <- 1
	_ = <-ch
	close(ch)
	_ = unsafe.Sizeof(p)
	_ = min(1, 2.5)
	_ = max("a", "b")
	clear(m)
	delete(m, "a")
	var e error
	_ = e == nil
	_ = p == Point{}
	fn := p.Add
	_ = fn
	g := Point.Add
	_ = g
	var iface interface{} = 1
	_ = iface
	x := []byte("abc")
	_ = string(x)
	_ = copy(x, "de")
	x = append(x, "fg"...)
	_ = new(int)
	_ = k
}
