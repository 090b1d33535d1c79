// Constraints combining methods and type sets; calling constraint methods on type-parameter values and pointers.
package main

import (
	"fmt"
	"strconv"
)

type Shower interface {
	~int | ~string
	Show() string
}

type Num int

func (n Num) Show() string { return "#" + strconv.Itoa(int(n)) }

type Word string

func (w Word) Show() string { return "'" + string(w) + "'" }

func ShowAll[T Shower](xs []T) string {
	s := ""
	for _, x := range xs {
		s += x.Show() + " "
	}
	return s
}

type Setter[T any] interface {
	Set(string)
	*T
}

type Cfg struct{ v string }

func (c *Cfg) Set(s string) { c.v = s }

func Build[T any, PT Setter[T]](vals []string) []T {
	out := make([]T, len(vals))
	for i, v := range vals {
		PT(&out[i]).Set(v)
	}
	return out
}

func main() {
	fmt.Println(ShowAll([]Num{1, 2}))
	fmt.Println(ShowAll([]Word{"a", "b"}))
	cs := Build[Cfg]([]string{"x", "y"})
	fmt.Println(cs, len(cs))
}
