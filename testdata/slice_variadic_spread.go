// Proves append(a, b...), append([]byte, string...), passing slices to variadic functions with ... (shares the array).
package main

import "fmt"

func sum(nums ...int) int {
	t := 0
	for _, n := range nums {
		t += n
	}
	return t
}

func zeroFirst(nums ...int) {
	if len(nums) > 0 {
		nums[0] = 0
	}
}

func main() {
	a := []int{1, 2}
	b := []int{3, 4, 5}
	c := append(a, b...)
	fmt.Println(c, sum(c...), sum(), sum(7))
	zeroFirst(c...) // the slice itself is passed
	fmt.Println(c)
	zeroFirst(1, 2) // a fresh slice
	bs := append([]byte("go"), "pher"...)
	fmt.Println(string(bs))
	var none []int
	fmt.Println(append(none, none...) == nil, len(append(a, none...)))
	fmt.Println(append([]int{}, a...), append(a[:1], b[1:]...))
}
