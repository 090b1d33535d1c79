// fmt prefers Error over String, honours them through pointers and in nested values, and not for %d or %x.
package main

import (
	"errors"
	"fmt"
)

type Both struct{}

func (Both) Error() string  { return "as-error" }
func (Both) String() string { return "as-string" }

type PtrStr struct{ n int }

func (p *PtrStr) String() string { return fmt.Sprintf("P%d", p.n) }

type Num int

func (n Num) String() string { return fmt.Sprintf("Num<%d>", int(n)) }

type Wrapper struct {
	A Num
	B *PtrStr
	C error
}

func main() {
	fmt.Println(Both{})
	fmt.Printf("%v %s %q\n", Both{}, Both{}, Both{})
	fmt.Println(PtrStr{1}, &PtrStr{2})
	fmt.Printf("%v %d %x %s\n", Num(3), Num(3), Num(255), Num(4))
	fmt.Printf("%v\n", []Num{1, 2})
	fmt.Printf("%v %+v\n", Wrapper{5, &PtrStr{6}, errors.New("e")}, Wrapper{A: 7})
	fmt.Printf("%#v\n", Num(8))
	m := map[Num]Num{2: 20, 1: 10}
	fmt.Println(m)
	var s fmt.Stringer = Num(9)
	fmt.Println(s)
	fmt.Printf("%10v|%-10s|\n", Num(1), Num(2))
}
