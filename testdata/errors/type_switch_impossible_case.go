// Intended error: a type switch case the interface's dynamic type can never have.
package main

import "fmt"

type Shape interface{ Area() float64 }

type Circle struct{}

func (Circle) Area() float64 { return 0 }

func main() {
	var s Shape = Circle{}
	switch s.(type) {
	case Circle:
		fmt.Println("circle")
	case int:
		fmt.Println("int")
	}
}
