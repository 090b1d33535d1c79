// Proves runtime.GOMAXPROCS(n) returns the previous setting and GOMAXPROCS(0) queries without changing it.
package main

import (
	"fmt"
	"runtime"
)

func main() {
	initial := runtime.GOMAXPROCS(0) // depends on the environment: print only facts about it
	fmt.Println("initial >= 1:", initial >= 1)
	prev := runtime.GOMAXPROCS(3)
	fmt.Println("previous equals initial:", prev == initial)
	fmt.Println(runtime.GOMAXPROCS(0))
	fmt.Println(runtime.GOMAXPROCS(1))
	fmt.Println(runtime.GOMAXPROCS(0))
	fmt.Println(runtime.GOMAXPROCS(-5), runtime.GOMAXPROCS(0)) // n < 1 does not change it
	fmt.Println("NumCPU >= 1:", runtime.NumCPU() >= 1)
	fmt.Println(runtime.GOOS == "linux", runtime.Version() != "")
}
