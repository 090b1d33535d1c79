// Proves %v/%f/%e on complex numbers, %T of many types, %v of nil pointers/slices/funcs/channels, and %% literal.
package main

import "fmt"

type MyInt int

func main() {
	c := complex(1.5, -2)
	fmt.Printf("%v %.2f %e %g %+.1f\n", c, c, c, c, c)
	var c64 complex64 = 3i
	fmt.Printf("%v %T\n", c64, c64)
	fmt.Printf("%T %T %T %T %T %T\n", 1, "s", 2.0, 'r', true, nil)
	fmt.Printf("%T %T %T %T\n", []int{}, [2]string{}, &struct{ A int }{}, MyInt(1))
	fmt.Printf("%T %T %T\n", make(chan int), func(int) string { return "" }, new(*float32))
	fmt.Printf("%T %T\n", make(<-chan bool), make(chan<- []byte))
	var np *int
	var ns []int
	var nf func()
	var nc chan int
	fmt.Printf("%v %v %v %v\n", np, ns, nf == nil, nc)
	fmt.Printf("%d%% done, 100%%\n", 50)
	fmt.Printf("%v %d %x\n", MyInt(255), MyInt(255), MyInt(255))
}
