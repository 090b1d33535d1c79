// fmt finds value-receiver String methods through pointers, and pointer-receiver ones only on addressable pointers it is given.
package main

import "fmt"

type V struct{ n int }

func (v V) String() string { return fmt.Sprint("V<", v.n, ">") }

type P struct{ n int }

func (p *P) String() string { return fmt.Sprint("P<", p.n, ">") }

type Holder struct {
	Val V
	Ptr *P
	Pv  P
}

func main() {
	v := V{1}
	p := P{2}
	fmt.Println(v, &v, p, &p)
	fmt.Printf("%v %s %d\n", &v, &v, v)
	fmt.Println([]V{{3}}, []*V{{4}}, []P{{5}}, []*P{{6}})
	fmt.Printf("%v\n%+v\n", Holder{V{7}, &P{8}, P{9}}, Holder{V{7}, nil, P{9}})
	m := map[V]*P{{1}: {2}}
	fmt.Println(m)
}
