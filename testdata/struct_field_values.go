// Fields read from struct values held in registers (parameters, locals, results of calls, nested and embedded structs, one-element arrays, narrow integers) have the right values.
package main

import "fmt"

type Pt struct {
	X, Y int16
}

type Inner struct {
	A uint8
	B float32
}

type Outer struct {
	In  Inner
	N   int64
	Arr [1]int32
}

type Named struct {
	Pt
	Tag bool
}

type Mixed struct {
	S string
	F float64
}

func mk(i int) Outer {
	return Outer{In: Inner{A: uint8(200 + i), B: float32(i) / 4}, N: -int64(i) << 40, Arr: [1]int32{int32(-i)}}
}

func sum(p Pt) int { return int(p.X) + int(p.Y) }

func inner(o Outer) (uint8, float32, int64, int32) {
	return o.In.A, o.In.B, o.N, o.Arr[0]
}

func (n Named) Describe() string {
	return fmt.Sprint(n.X, n.Y, n.Pt.X, n.Tag)
}

func pick(m Mixed) (string, float64) { return m.S, m.F }

func main() {
	p := Pt{X: -32768, Y: 32767}
	fmt.Println(sum(p), p.X, p.Y)
	for i := 0; i < 3; i++ {
		o := mk(i)
		a, b, n, e := inner(o)
		fmt.Println(a, b, n, e, mk(i).In.A, mk(i+1).N, mk(i).In)
	}
	nm := Named{Pt{3, -4}, true}
	fmt.Println(nm.Describe(), nm.Pt.Y, Named{Pt{5, 6}, false}.X)
	s, f := pick(Mixed{"héllo", 2.5})
	fmt.Println(s, f, Mixed{"x", -1}.S)
	// A register variable changed after a field read keeps the read value.
	q := Pt{1, 2}
	x := q.X
	q.X = 9
	fmt.Println(x, q.X, q.Y)
}
