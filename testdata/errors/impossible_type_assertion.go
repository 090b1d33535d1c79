// Intended error: a type assertion to a type that cannot implement the interface.
package main

import "fmt"

type Shape interface{ Area() float64 }

type Circle struct{ r float64 }

func (c Circle) Area() float64 { return 3 * c.r * c.r }

type Square struct{ side float64 }

func main() {
	var s Shape = Circle{1}
	sq := s.(Square)
	fmt.Println(sq)
}
