// Proves calling methods through a type parameter's constraint (value and pointer receivers), and generic interfaces with methods of the type parameter.
package main

import (
	"fmt"
	"strconv"
)

type Stringer interface{ String() string }

type Num int

func (n Num) String() string { return "#" + strconv.Itoa(int(n)) }

type Name struct{ s string }

func (n Name) String() string { return "name:" + n.s }

func JoinAll[T Stringer](xs []T) string {
	out := ""
	for i, x := range xs {
		if i > 0 {
			out += ","
		}
		out += x.String()
	}
	return out
}

type Resetter[T any] interface {
	*T
	Reset()
	Set(string)
}

type Conf struct{ v string }

func (c *Conf) Reset()       { c.v = "" }
func (c *Conf) Set(s string) { c.v = s }

func Fresh[T any, P Resetter[T]](s string) T {
	var t T
	p := P(&t)
	p.Reset()
	p.Set(s)
	return t
}

type Shape interface {
	Area() float64
	comparable
}

type Sq struct{ a float64 }

func (s Sq) Area() float64 { return s.a * s.a }

func Largest[S Shape](xs []S) (best S) {
	for _, x := range xs {
		if best == *new(S) || x.Area() > best.Area() {
			best = x
		}
	}
	return best
}

func Show[T fmt.Stringer](x T) string {
	f := x.String
	return f() + "/" + fmt.Sprint(x)
}

func main() {
	fmt.Println(JoinAll([]Num{1, 2, 3}))
	fmt.Println(JoinAll([]Name{{"a"}, {"b"}}))
	fmt.Println(JoinAll([]Stringer{Num(4), Name{"c"}}))
	c := Fresh[Conf]("hello")
	fmt.Printf("%+v\n", c)
	fmt.Println(Largest([]Sq{{1}, {3}, {2}}))
	fmt.Println(Show(Num(9)), Show(Name{"z"}))
}
