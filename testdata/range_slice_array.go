// Proves range over slices and arrays: index/value forms, value is a copy, the length is evaluated once, appends during range are not visited.
package main

import "fmt"

type item struct{ n int }

func main() {
	s := []string{"a", "b", "c"}
	for i, v := range s {
		fmt.Print(i, "=", v, " ")
	}
	fmt.Println()
	for i := range s {
		fmt.Print(i)
	}
	fmt.Println()
	items := []item{{1}, {2}}
	for _, it := range items {
		it.n *= 10 // modifies the copy
	}
	fmt.Println(items)
	for i := range items {
		items[i].n *= 10
	}
	fmt.Println(items)
	nums := []int{1, 2, 3}
	for i, v := range nums {
		if i == 0 {
			nums = append(nums, 4, 5) // reallocates (cap was 3); not visited
			nums[1] = 20              // writes the new array: the range still reads the old one
		}
		fmt.Print(v, " ")
	}
	fmt.Println(nums)
	vals := []int{1, 2, 3}
	for i, v := range vals {
		if i == 0 {
			vals[2] = 30 // same backing array: visible
		}
		fmt.Print(v, " ")
	}
	fmt.Println()
	arr := [3]int{7, 8, 9}
	for i, v := range arr {
		arr[i] = v * 2
	}
	fmt.Println(arr)
	var nilSlice []int
	for range nilSlice {
		fmt.Println("never")
	}
	var x int
	var y string
	for x, y = range []string{"p", "q"} {
	}
	fmt.Println(x, y)
}
