// sort.Interface implementations (by value and by pointer), sort.Stable, sort.Reverse and sort.Search on them.
package main

import (
	"fmt"
	"sort"
)

type Person struct {
	Name string
	Age  int
}

type ByAge []Person

func (a ByAge) Len() int           { return len(a) }
func (a ByAge) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }
func (a ByAge) Less(i, j int) bool { return a[i].Age < a[j].Age }

type byName struct{ ps *[]Person }

func (b byName) Len() int           { return len(*b.ps) }
func (b byName) Swap(i, j int)      { (*b.ps)[i], (*b.ps)[j] = (*b.ps)[j], (*b.ps)[i] }
func (b byName) Less(i, j int) bool { return (*b.ps)[i].Name < (*b.ps)[j].Name }

func main() {
	ps := []Person{{"eve", 30}, {"bob", 25}, {"al", 30}, {"cy", 20}, {"di", 25}}
	sort.Stable(ByAge(ps))
	fmt.Println(ps)
	sort.Sort(sort.Reverse(ByAge(ps)))
	fmt.Println(ps[0].Age, ps[len(ps)-1].Age)
	sort.Sort(byName{&ps})
	fmt.Println(ps)
	fmt.Println(sort.IsSorted(byName{&ps}), sort.IsSorted(ByAge(ps)))
	i := sort.Search(len(ps), func(i int) bool { return ps[i].Name >= "cy" })
	fmt.Println(i, ps[i].Name)
	var si sort.Interface = ByAge(ps)
	fmt.Println(si.Len(), si.Less(0, 1))
}
