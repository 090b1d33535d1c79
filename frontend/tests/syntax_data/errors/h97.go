package main

type T struct {
	A int
}

func (t *T) Get() int { return t.A }
func (t *T) Set(a int) { t.A = a
