// Proves panic(nil) is turned into a *runtime.PanicNilError (Go 1.21): "panic: runtime error: panic called with nil argument".
package main

import "fmt"

func main() {
	fmt.Println("start")
	panic(nil)
}
