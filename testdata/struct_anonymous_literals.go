// Proves anonymous struct types, keyed and positional literals, &T{} literals, nested literals with elided types, struct tags ignored by ==.
package main

import "fmt"

type Pt struct{ X, Y int }

func main() {
	cfg := struct {
		Host string
		Port int
	}{"localhost", 8080}
	fmt.Println(cfg.Host, cfg.Port, cfg)
	pts := []Pt{{1, 2}, {X: 3}, {Y: 4}}
	fmt.Println(pts)
	pp := []*Pt{{5, 6}, {}}
	fmt.Println(*pp[0], *pp[1])
	arr := [2]struct{ A, B string }{{"a", "b"}, {B: "only b"}}
	fmt.Printf("%+v\n", arr)
	p := &Pt{Y: 9}
	p.X = 1
	fmt.Println(*p, p.X+p.Y)
	nested := struct {
		Inner struct{ V int }
		List  []Pt
	}{List: []Pt{{7, 8}}}
	nested.Inner.V = 3
	fmt.Printf("%+v\n", nested)
	type Tagged struct {
		A int `json:"a"`
	}
	t := Tagged{1}
	fmt.Println(t.A, t == Tagged{1})
	var empty struct{}
	fmt.Println(empty)
}
