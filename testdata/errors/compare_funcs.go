// Intended error: comparing two funcs with ==.
package main

import "fmt"

func main() {
	f, g := func() {}, func() {}
	fmt.Println(f == g)
}
