// panic with a value of a named numeric type without String prints main.T(value) on stderr.
package main

import "fmt"

type Status uint16

func main() {
	fmt.Println("status", Status(503))
	panic(Status(503))
}
