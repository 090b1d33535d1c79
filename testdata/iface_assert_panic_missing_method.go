// An assertion to an interface the dynamic type does not implement panics naming the missing method.
package main

import "fmt"

type T struct{}

func (T) A() {}

type AB interface {
	A()
	B()
}

func main() {
	var x any = T{}
	if _, ok := x.(AB); !ok {
		fmt.Println("not AB")
	}
	y := x.(AB)
	fmt.Println(y)
}
