// %v, %+v and %#v of nested structs, pointers to structs (&{…} at top level only), slices of pointers, nil values.
package main

import "fmt"

type Inner struct {
	N    int
	Tags []string
}

type Outer struct {
	Name  string
	In    Inner
	P     *Inner
	M     map[string]int
	Any   any
	Err   error
	F     func()
	Ch    chan int
	Arr   [2]bool
	Slice []*Inner
}

func main() {
	o := Outer{Name: "o", In: Inner{1, []string{"a"}}, M: map[string]int{"k": 1}, Any: 3}
	fmt.Printf("%v\n%+v\n", o, o)
	fmt.Printf("%#v\n", Inner{2, nil})
	fmt.Printf("%#v\n", o.In)
	p := &Inner{5, []string{"x", "y"}}
	fmt.Printf("%v %+v %#v\n", p, p, []int(nil))
	pp := &p
	fmt.Println(pp != nil)
	fmt.Printf("%v\n", []*Inner{nil})
	fmt.Printf("%v %+v\n", struct{}{}, struct{ A, b int }{1, 2})
	fmt.Printf("%#v\n", struct {
		A int
		B any
	}{1, "s"})
	var np *Inner
	fmt.Printf("%v %+v %#v\n", np, np, np)
	fmt.Printf("%#v %#v %#v\n", map[string]int(nil), []string{}, [0]int{})
	fmt.Printf("%#v %#v %#v\n", any(nil), error(nil), (*int)(nil))
	fmt.Printf("%v %d\n", [][]int{{1}, {2, 3}, nil}, [][]int{{1}, {2, 3}})
}
