// Proves interface keys: dynamic types distinguish keys (int 1 vs int64 1), nil interface as a key, comparable structs and arrays inside interfaces, and error interfaces as keys.
package main

import (
	"errors"
	"fmt"
)

type Named int

type Shape interface{ Area() int }
type Sq struct{ S int }

func (s Sq) Area() int { return s.S * s.S }

type Rect struct{ W, H int }

func (r *Rect) Area() int { return r.W * r.H }

func main() {
	m := map[any]string{}
	m[1] = "int"
	m[int64(1)] = "int64"
	m[Named(1)] = "Named"
	m[1.0] = "float64"
	m["1"] = "string"
	m[nil] = "nil"
	m[[2]int{1, 1}] = "array"
	m[struct{ A, B int }{1, 1}] = "struct"
	m[true] = "bool"
	fmt.Println(len(m), m[1], m[int64(1)], m[Named(1)], m[1.0], m["1"], m[nil], m[[2]int{1, 1}], m[struct{ A, B int }{1, 1}], m[true])
	_, ok := m[int32(1)]
	fmt.Println(ok)
	delete(m, nil)
	delete(m, int64(1))
	fmt.Println(len(m))

	e1 := errors.New("x")
	e2 := errors.New("x")
	em := map[error]int{e1: 1, e2: 2}
	fmt.Println(len(em), em[e1], em[e2], em[nil])

	sm := map[Shape]int{}
	sm[Sq{2}] = 4
	r := &Rect{2, 3}
	sm[r] = 6
	sm[&Rect{2, 3}] = 60
	fmt.Println(len(sm), sm[Sq{2}], sm[r], sm[Sq{3}])

	var p1, p2 any = new(int), new(int)
	pm := map[any]int{p1: 1, p2: 2}
	fmt.Println(len(pm), pm[p1], pm[p2])

	nested := map[any]int{}
	nested[[1]any{1}] = 1
	nested[[1]any{int8(1)}] = 2
	nested[struct{ X any }{"s"}] = 3
	fmt.Println(len(nested), nested[[1]any{1}], nested[struct{ X any }{"s"}])
}
