// The smallest program: gorun examples/hello.go
package main

import "fmt"

func main() {
	fmt.Println("hello, world")
}
