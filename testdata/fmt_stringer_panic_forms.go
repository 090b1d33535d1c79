// fmt's catchPanic: panicking Error/String/GoString/Format methods print %!verb(PANIC=M method: v); nil receivers print <nil>.
package main

import (
	"errors"
	"fmt"
)

type S struct{ n int }

func (s *S) String() string { return fmt.Sprint("S", s.n) }

type E struct{}

func (E) Error() string { panic(errors.New("err in Error")) }

type G struct{}

func (G) GoString() string { panic(42) }

type F struct{}

func (F) Format(st fmt.State, verb rune) {
	fmt.Fprint(st, "partial-")
	panic("in Format")
}

type V struct{ x int }

func (v V) String() string { return fmt.Sprint("V", v.x) }

func main() {
	var s *S
	fmt.Println(s, []*S{nil, {1}})
	fmt.Printf("%v|%s|%d|%10v|\n", s, s, s, s)
	fmt.Println(E{})
	fmt.Printf("[%x] [%8.3q]\n", E{}, E{})
	fmt.Printf("%#v\n", G{})
	fmt.Printf("%v %d\n", F{}, F{})
	var vp *V
	fmt.Println(vp)
	fmt.Printf("%+v\n", struct{ P *V }{nil})
	m := map[string]fmt.Stringer{"a": s, "b": V{2}}
	fmt.Println(m)
	fmt.Println(fmt.Sprintf("%5s|", E{}))
	fmt.Println("still running")
}
