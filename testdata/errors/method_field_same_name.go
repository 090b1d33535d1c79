// Intended error: a field and a method with the same name.
package main

import "fmt"

type T struct{ X int }

func (T) X() {}

func main() {
	fmt.Println(T{}.X)
}
