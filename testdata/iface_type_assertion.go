// Proves type assertions: comma-ok form, assertion to interfaces, and the panic message of a failed single-value assertion.
package main

import "fmt"

type Named interface{ Name() string }
type Dog struct{}

func (Dog) Name() string { return "dog" }

func main() {
	var v any = 42
	n, ok := v.(int)
	fmt.Println(n, ok)
	s, ok := v.(string)
	fmt.Printf("%q %v\n", s, ok)
	var a any = Dog{}
	if nm, ok := a.(Named); ok {
		fmt.Println("named:", nm.Name())
	}
	_, ok = v.(Named)
	fmt.Println(ok)
	fmt.Println(v.(int) + 1)
	fmt.Println(v.(string))
}
