// Start-up: compile and run hello world.
package main

import "fmt"

func main() {
	fmt.Println("hello, world")
}
