// panic with a Stringer value that is not an error prints its type and address form, not String().
package main

import "fmt"

type Code int

func (c Code) String() string { return fmt.Sprintf("code-%d", int(c)) }

func main() {
	fmt.Println(Code(3))
	panic(Code(3))
}
