// Proves named map types: methods on them (value receivers mutate the shared map), conversion between named and unnamed map types, maps in embedded structs, and a map type as a type parameter-free set.
package main

import "fmt"

type Set map[string]struct{}

func (s Set) Add(k string)      { s[k] = struct{}{} }
func (s Set) Has(k string) bool { _, ok := s[k]; return ok }
func (s Set) Len() int          { return len(s) }
func (s *Set) Reset()           { *s = Set{} }
func (s Set) String() string    { return fmt.Sprintf("set of %d", len(s)) }

type Counter map[rune]int

type Index struct {
	Counter
	Name string
}

type Lenner interface{ Len() int }

func main() {
	s := Set{}
	s.Add("a")
	s.Add("b")
	s.Add("a")
	fmt.Println(s.Has("a"), s.Has("z"), s.Len(), s)
	var l Lenner = s
	fmt.Println(l.Len())
	raw := map[string]struct{}(s)
	raw["c"] = struct{}{}
	fmt.Println(s.Len(), len(raw))
	back := Set(raw)
	fmt.Println(back.Has("c"))
	s.Reset()
	fmt.Println(s.Len(), len(raw))

	idx := Index{Counter: Counter{}, Name: "x"}
	for _, r := range "banana" {
		idx.Counter[r]++
	}
	fmt.Println(idx.Counter['a'], idx.Counter['n'], len(idx.Counter), idx)
	var nilSet Set
	fmt.Println(nilSet.Has("x"), nilSet.Len(), nilSet == nil)
	fmt.Printf("%v %d %T\n", Counter{'x': 1}, Counter{'y': 2}, Counter{})
}
