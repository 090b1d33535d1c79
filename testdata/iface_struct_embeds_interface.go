// A struct embedding an interface: promoted methods dispatch to the held value, overriding works, a nil embedded one panics.
package main

import (
	"fmt"
	"sort"
)

type Logger interface {
	Log(string) string
	Level() int
}

type base struct{ prefix string }

func (b base) Log(s string) string { return b.prefix + s }
func (b base) Level() int          { return 1 }

type Loud struct{ Logger }

func (l Loud) Log(s string) string { return l.Logger.Log(s + "!") }

type reverse struct{ sort.Interface }

func (r reverse) Less(i, j int) bool { return r.Interface.Less(j, i) }

func main() {
	l := Loud{base{"> "}}
	fmt.Println(l.Log("hi"), l.Level())
	var lg Logger = l
	fmt.Println(lg.Log("x"), lg.Level())
	lp := &l
	fmt.Println(lp.Level(), lp.Logger.Log("y"))
	lv := l.Level
	fmt.Println(lv())
	xs := []int{3, 1, 2}
	sort.Sort(reverse{sort.IntSlice(xs)})
	fmt.Println(xs)
	defer func() { fmt.Println("recovered:", recover()) }()
	var empty Loud
	fmt.Println(empty.Level())
}
