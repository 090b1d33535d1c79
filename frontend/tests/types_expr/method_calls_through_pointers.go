package main

type Num int

func (n Num) Double() Num { return n * 2 }

func main() {
	var n Num = 3
	_ = n.Double().Double()
	_ = Num(2).Double()
	_ = Num.Double(4)
	_ = (*Num).Double
	var p *Num = &n
	_ = p.Double()
	pp := &p
	_ = pp.Double()
	var arr [2]struct{ x int }
	arr[0].x = 1
	var m map[string]struct{ x int }
	_ = m["a"].x
	var ps *[2]int
	ps[0] = 1
	_ = len(ps)
	for i := range ps {
		_ = i
	}
}
