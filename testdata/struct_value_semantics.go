// Proves structs are values: assignment and argument passing copy all fields, including nested structs and arrays.
package main

import "fmt"

type Inner struct {
	Vals [2]int
}

type Outer struct {
	Name  string
	In    Inner
	Slice []int // the slice header is copied, the array is shared
}

func change(o Outer) Outer {
	o.Name = "changed"
	o.In.Vals[0] = 99
	o.Slice[0] = 99
	return o
}

func changePtr(o *Outer) {
	o.Name = "via pointer"
}

func main() {
	a := Outer{Name: "a", In: Inner{Vals: [2]int{1, 2}}, Slice: []int{1, 2}}
	b := a
	b.Name = "b"
	b.In.Vals[1] = 20
	fmt.Println(a.Name, a.In.Vals, b.Name, b.In.Vals)
	c := change(a)
	fmt.Println(a.Name, a.In.Vals, a.Slice, "|", c.Name, c.In.Vals, c.Slice)
	changePtr(&a)
	fmt.Println(a.Name)
	var z Outer
	fmt.Printf("%q %v %v %v\n", z.Name, z.In, z.Slice == nil, z)
	arr := []Outer{a, b}
	for _, o := range arr {
		o.Name = "loop copy"
	}
	fmt.Println(arr[0].Name, arr[1].Name)
	for i := range arr {
		arr[i].Name = "indexed"
	}
	fmt.Println(arr[0].Name, arr[1].Name)
}
