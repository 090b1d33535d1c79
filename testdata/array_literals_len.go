// Proves array literal forms: [...] length inference, keyed (indexed) elements, len/cap as constants, zero fill.
package main

import "fmt"

const N = 5

func main() {
	a := [...]int{1, 2, 3}
	b := [...]string{4: "four", 1: "one", "two"}
	c := [N]int{2: 7}
	fmt.Println(len(a), cap(a), a)
	fmt.Printf("%q %d\n", b, len(b))
	fmt.Println(c, len(c))
	const la = len([4]int{})
	var d [la * 2]byte
	fmt.Println(la, len(d))
	e := [...]rune{'x', 'y'}
	fmt.Printf("%T %v\n", e, e)
	var ptrs [2]*int
	fmt.Println(ptrs[0] == nil, ptrs)
	f := [...]float64{1.5, 2: 3.5}
	fmt.Println(f, len(f))
}
