// runtime.Goexit in main runs main's defers; with no other goroutines left the program dies with Go's fatal error.
package main

import (
	"fmt"
	"runtime"
)

func main() {
	defer fmt.Println("main's defer ran")
	runtime.Goexit()
}
