// A String method panicking with a value whose own String panics: fmt gives up and the panic propagates.
package main

import "fmt"

type Inner struct{}

func (Inner) String() string { panic("inner String") }

type Outer struct{}

func (Outer) String() string { panic(Inner{}) }

func main() {
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	fmt.Println(Outer{})
	fmt.Println("not reached")
}
