package main

type T struct{ n int }

func (t T) Get() int       { return t.n }
func (t *T) Set(n int)     { t.n = n }
func (t T) With(a, b int) T { return t }

type I interface{ Get() int }

func main() {
	var t T
	f := t.Get
	_ = f()
	g := T.Get
	_ = g(t)
	h := (*T).Set
	h(&t, 1)
	var w func(T, int, int) T = T.With
	_ = w
	var i I = t
	m := i.Get
	_ = m()
	mi := I.Get
	_ = mi(t)
	var x int = T.Get
	_ = x
	var pi I = &t
	_ = pi
	var bad I = &struct{}{}
	_ = bad
}
