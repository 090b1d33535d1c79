// Struct tags do not affect identity for conversion, are printed by neither %v nor %#v, and tagged anonymous structs convert.
package main

import "fmt"

type A struct {
	Name string `json:"name" xml:"n"`
	Age  int    `json:"age"`
}

type B struct {
	Name string
	Age  int
}

func main() {
	a := A{"x", 3}
	b := B(a)
	fmt.Printf("%v|%+v|%#v\n", a, a, a)
	fmt.Printf("%#v\n", b)
	anon := struct {
		Name string `k:"v"`
		Age  int
	}{"y", 4}
	a = A(anon)
	fmt.Println(a, B(anon) == B(a))
	fmt.Printf("%T\n", anon)
}
