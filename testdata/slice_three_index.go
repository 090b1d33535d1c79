// Proves full slice expressions s[lo:hi:max]: capacity is max-lo, append then reallocates instead of overwriting.
package main

import "fmt"

func main() {
	arr := [10]int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}
	s := arr[2:5:7]
	fmt.Println(s, len(s), cap(s))
	s = append(s, 50)
	fmt.Println(arr, len(s), cap(s))
	s = append(s, 60)
	fmt.Println(arr, len(s), cap(s))
	s = append(s, 70) // over capacity: arr untouched from now on
	s[0] = -2
	fmt.Println(arr, s)
	t := arr[:0:0]
	fmt.Println(len(t), cap(t), t == nil)
	full := []int{1, 2, 3, 4}
	u := full[1:2:4]
	fmt.Println(u, cap(u), u[:3])
	x := full[:2:2]
	y := append(x, 99)
	fmt.Println(full, y)
	ptr := &arr
	fmt.Println(ptr[1:3:4], cap(ptr[8:9:10]))
}
