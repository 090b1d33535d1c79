// Proves the builtins clear (zeroes a slice, keeps len), min and max over numbers and strings (incl. NaN propagation).
package main

import (
	"fmt"
	"math"
)

func main() {
	s := []int{1, 2, 3}
	clear(s)
	fmt.Println(s, len(s))
	strs := []string{"a", "b"}
	clear(strs[1:])
	fmt.Printf("%q\n", strs)
	fmt.Println(min(3, 1, 2), max(3, 1, 2), min(2.5, 1), max("apple", "banana", "cherry"), min("b", "a"))
	x, y := 7, -7
	fmt.Println(min(x, y), max(x, y, 0))
	nan := math.NaN()
	fmt.Println(min(nan, 1), max(1, nan), min(-0.0, 0.0))
	const c = min(1, 2.5)
	fmt.Println(c)
	var u8 uint8 = 200
	fmt.Println(max(u8, 100))
}
