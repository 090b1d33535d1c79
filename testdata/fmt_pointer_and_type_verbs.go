// %p and %T: %p of nil pointers/slices/maps/funcs/chans, #p without 0x, and %T of composite, func and named types.
package main

import (
	"fmt"
	"strings"
)

type MyMap map[string][]int
type Fn func(int) (string, error)

func main() {
	var ip *int
	var s []int
	var m map[int]int
	var f func()
	var c chan int
	fmt.Printf("%p %p %p %p %p\n", ip, s, m, f, c)
	fmt.Printf("%v %v %v %v\n", ip, s, m, c)
	x := 5
	p := fmt.Sprintf("%p", &x)
	fmt.Println(strings.HasPrefix(p, "0x"), len(p) > 2)
	np := fmt.Sprintf("%#p", &x)
	fmt.Println(strings.HasPrefix(np, "0x"), "0x"+np == p)
	fmt.Println(fmt.Sprintf("%v", &x) == p, fmt.Sprintf("%x", &x) == p[2:])
	types := []any{MyMap{}, Fn(nil), func(a, b int) {}, make(chan<- string), make(<-chan bool), [3]*int{}, struct {
		A int
		b string
	}{}, new(any), (*error)(nil), []map[string]struct{}{}, &strings.Builder{}, complex64(0), uintptr(0), rune(0), byte(0)}
	for _, t := range types {
		fmt.Printf("%T\n", t)
	}
	fmt.Printf("%T %T\n", nil, any(nil))
	fmt.Printf("%10T|%-10T|\n", 1, "s")
}
