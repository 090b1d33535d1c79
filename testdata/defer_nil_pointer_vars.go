// Dereferencing a pointer variable panics with Go's nil dereference error whenever it can be nil: reassigned to nil, declared without a value, a parameter, assigned in a closure or through its address; and never when it always holds an address.
package main

import "fmt"

type T struct{ a, b int }

func try(name string, f func() int) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name, "panics:", r)
		}
	}()
	fmt.Println(name, "=", f())
}

func param(p *T) int { return p.a + p.b }

func main() {
	x := T{1, 2}
	try("always an address", func() int {
		p := &x
		q := new(T)
		q.b = 5
		s := 0
		for i := 0; i < 3; i++ {
			r := &T{i, i}
			s += p.a + q.b + r.a
		}
		return s
	})
	try("reassigned nil", func() int {
		p := &x
		n := p.a
		p = nil
		return n + p.b
	})
	try("declared without value", func() int {
		var p *T
		if x.a > 5 {
			p = &x
		}
		return p.a
	})
	try("parameter", func() int { return param(nil) })
	try("closure assigns", func() int {
		p := &x
		clear := func() { p = nil }
		clear()
		return p.a
	})
	try("through its address", func() int {
		p := &x
		pp := &p
		*pp = nil
		return p.b
	})
	try("from a function", func() int {
		p := &x
		get := func() *T { return nil }
		p = get()
		return p.a
	})
	try("multi-value", func() int {
		p, ok := &x, true
		m := map[int]*T{}
		p, ok = m[1]
		_ = ok
		return p.a
	})
	try("range assigns", func() int {
		p := &x
		for _, p = range []*T{&x, nil} {
		}
		return p.a
	})
	try("select assign", func() int {
		p := &x
		ch := make(chan *T, 1)
		ch <- nil
		select {
		case p = <-ch:
		}
		return p.a
	})
	try("switch init", func() int {
		p := &x
		switch p = (*T)(nil); {
		}
		return p.a
	})
	try("type switch case", func() int {
		var i any = (*T)(nil)
		p := &x
		switch q := i.(type) {
		case *T:
			p = q
		}
		return p.a
	})
}
