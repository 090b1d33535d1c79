// Intended error: using a generic function as a value without instantiating it.
package main

import "fmt"

func Identity[T any](x T) T { return x }

func main() {
	f := Identity
	fmt.Println(f(1))
}
