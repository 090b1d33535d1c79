// Proves methods of generic types reached through interfaces and embedding, and %T/%v printing of instantiated types.
package main

import "fmt"

type Box[T any] struct{ v T }

func (b Box[T]) String() string { return fmt.Sprintf("Box(%v)", b.v) }
func (b *Box[T]) Set(v T)       { b.v = v }
func (b Box[T]) Get() T         { return b.v }

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v=%v", p.Key, p.Val) }

type Getter[T any] interface{ Get() T }

type Named struct {
	Box[int]
	name string
}

type List[T any] []T

func (l List[T]) Len() int { return len(l) }
func (l List[T]) Join(sep string) string {
	out := ""
	for i, x := range l {
		if i > 0 {
			out += sep
		}
		out += fmt.Sprint(x)
	}
	return out
}

type Meters float64

func main() {
	b := Box[int]{7}
	var s fmt.Stringer = b
	fmt.Println(s.String(), s)
	var g Getter[int] = &b
	b.Set(9)
	fmt.Println(g.Get())

	p := Pair[string, int]{"a", 1}
	fmt.Println(p)
	fmt.Printf("%v %+v %T\n", p, p, p)
	fmt.Printf("%T %T %T\n", b, &b, Box[Meters]{})
	fmt.Printf("%T %T\n", Pair[Meters, []string]{}, List[Box[int]]{})
	fmt.Printf("%v\n", []Pair[int, bool]{{1, true}, {2, false}})

	n := Named{Box[int]{3}, "n"}
	n.Set(4)
	fmt.Println(n.Get(), n.String(), n.name)
	var s2 fmt.Stringer = n
	fmt.Println(s2)
	var g2 Getter[int] = n
	fmt.Println(g2.Get())

	l := List[float64]{1.5, 2, 3.25}
	fmt.Println(l.Len(), l.Join("|"))
	var x any = l
	if ll, ok := x.(interface{ Len() int }); ok {
		fmt.Println("len via iface", ll.Len())
	}
	_, isBox := x.(Box[int])
	fmt.Println(isBox)
}
