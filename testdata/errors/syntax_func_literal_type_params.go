// Intended error: a function literal declaring type parameters.
package main

import "fmt"

func main() {
	id := func[T any](x T) T { return x }
	fmt.Println(id(1))
}
