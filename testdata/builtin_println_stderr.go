// Proves the builtins print and println write to stderr in the runtime's own format (not fmt's), println with spaces and newline, print with neither.
package main

import "fmt"

type Small int

func main() {
	fmt.Println("stdout line")
	println("hello", 42, -7, true, false)
	println(1.5, -0.25, 0.0, 1e100)
	var f32 float32 = 2.5
	println(f32)
	println(complex(1, -2))
	var u8 uint8 = 255
	var u64 uint64 = 1<<64 - 1
	println(u8, u64, Small(3))
	print("no", "spaces", 1, 2, "\n")
	print("a ", "b\n")
	println()
	println("x", 'x', byte('y'))
	var s []int
	println(len(s), s == nil)
	println("")
	fmt.Println("stdout again")
}
