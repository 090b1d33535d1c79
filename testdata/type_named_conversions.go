// Proves named types vs underlying types: explicit conversions, type aliases (identical types), %T names.
package main

import "fmt"

type Meters float64
type Feet float64
type ID = int // alias
type Names []string
type Handler func(string) string

func main() {
	m := Meters(3)
	f := Feet(m * 3.28084)
	fmt.Printf("%v %.3f %T %T\n", m, f, m, f)
	var id ID = 5
	var n int = id // same type
	fmt.Printf("%T %v\n", id, n)
	names := Names{"b", "a"}
	raw := []string(names)
	raw[0] = "z" // shares the array
	fmt.Println(names, len(names))
	h := Handler(func(s string) string { return s + "!" })
	fmt.Println(h("hi"))
	type Local struct{ V int }
	type Other struct{ V int }
	l := Local{1}
	o := Other(l) // identical underlying types
	fmt.Printf("%T %v\n", o, o)
	var b byte = 'x'
	var u uint8 = b
	fmt.Printf("%T\n", u)
	mv := Meters(2.9)
	fmt.Println(Meters(1.5)+2, int(mv))
}
