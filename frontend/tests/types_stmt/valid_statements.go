// Every statement form, used correctly: the checker must report nothing.
package main

type Shape interface{ Area() int }

type Rect struct{ w, h int }

func (r Rect) Area() int { return r.w * r.h }

type Seq func(yield func(int) bool)

func count(n int) Seq {
	return func(yield func(int) bool) {
		for i := range n {
			if !yield(i) {
				return
			}
		}
	}
}

func pairs(yield func(string, int) bool) {
	_ = yield("a", 1) && yield("b", 2)
}

func classify(x any) string {
	switch v := x.(type) {
	case nil:
		return "nil"
	case int, int64:
		return "integer"
	case string:
		return v
	case Shape:
		_ = v.Area()
		return "shape"
	default:
		_ = v
		return "other"
	}
}

func loops(s []int, m map[string]int, ch chan int, arr [3]int, p *[4]byte) (total int) {
	for i := 0; i < len(s); i++ {
		total += s[i]
	}
	for i, v := range s {
		total += i * v
	}
	for k, v := range m {
		total += len(k) + v
	}
	for v := range ch {
		total -= v
	}
	for i := range arr {
		total += i
	}
	for i, b := range p {
		total += i + int(b)
	}
	for i, r := range "héllo" {
		total += i + int(r)
	}
	for range 3 {
		total++
	}
	for x := range count(5) {
		total += x
	}
	for k, v := range pairs {
		total += len(k) + v
	}
	var i int
	for i = range 10 {
	}
	total += i
	for total < 1000 {
		total *= 2
	}
	return
}

func branches(n int) int {
	x := 0
outer:
	for i := 0; i < n; i++ {
		for j := 0; j < n; j++ {
			if j == 3 {
				continue outer
			}
			if i == 5 {
				break outer
			}
			x++
		}
	}
	switch {
	case n > 10:
		x++
		fallthrough
	case n > 5:
		x++
	default:
	}
sw:
	switch n {
	case 1, 2:
		break sw
	case 3:
	}
	if n < 0 {
		goto done
	}
	x += n
done:
	return x
}

func channels(ch chan int, done chan struct{}) int {
	select {
	case v := <-ch:
		return v
	case v, ok := <-ch:
		if ok {
			return v
		}
	case ch <- 1:
	case <-done:
	default:
	}
	var v int
	select {
	case v = <-ch:
	}
	return v
}

func terminating(n int) int {
	if n > 0 {
		return 1
	} else if n < 0 {
		panic("negative")
	} else {
		for {
		}
	}
}

func terminatingSwitch(n int) int {
	switch n {
	case 0:
		return 0
	default:
		panic(n)
	}
}

func terminatingSelect(ch chan int) int {
	select {
	case v := <-ch:
		return v
	}
}

func terminatingGoto() int {
L:
	goto L
}

func labeledLoop() int {
L:
	for {
		for {
			break
		}
		continue L
	}
}

func (r *Rect) grow(d int) {
	r.w += d
	r.h -= d
	r.w++
	r.h--
	defer func() { r.w = 0 }()
	defer println("grow", d)
	go func(x int) { _ = x }(d)
	{
		d := d * 2
		r.w <<= uint(d)
	}
}

func main() {
	var total int
	total += loops([]int{1, 2}, map[string]int{"a": 1}, nil, [3]int{}, &[4]byte{})
	total += branches(7)
	r := &Rect{1, 2}
	r.grow(1)
	println(classify(*r), total, terminating(1), terminatingSwitch(0), labeledLoop)
	_ = channels
	_ = terminatingSelect
	_ = terminatingGoto
	var ch = make(chan int, 1)
	ch <- 1
	<-ch
	if x := total; x > 0 {
		println(x)
	} else {
		println(-x)
	}
}
