// Asserting on a nil interface panics: interface conversion: interface is nil, not T.
package main

import "fmt"

type Shape interface{ Area() float64 }

func main() {
	var s Shape
	_, ok := s.(interface{ Perimeter() float64 })
	fmt.Println(ok)
	var e error
	x := e.(fmt.Stringer)
	fmt.Println(x)
}
